/**
 * Help texts of the `cadre` command, in French (English with `--lang en`), each with examples.
 * @module
 */
import type { Lang } from '../core/types.js';

/**
 * Help of `cadre`.
 * @example
 * process.stdout.write(mainHelp('fr'));
 */
export function mainHelp(lang: Lang): string {
  return lang === 'en'
    ? `cadre — checks documents against a cadre de référence (shipped: ISCG, 2006)

Usage: cadre <command> [options]

Commands:
  validate FILE…      check posts, actions and sharings (YAML, JSON, JSON Lines)
  lint FILE…          lint fiches de poste (text, Markdown, Word, PDF)
  explain RULE-ID     show a rule: title, rationale, sources, parameters, examples
  rules SUB-COMMAND   rule maintainers' tools: check, test, diff, export, docs

Examples:
  cadre validate docs/examples/
  cadre validate --format json --as-of 2025-01-01 action.yaml
  cadre lint fiche.docx
  cadre explain action/no-police-orders
  cadre rules test --coverage

Exit codes: 0 nothing at the failure threshold, 1 findings at it, 2 usage, unusable input or rule errors.
Run 'cadre <command> --help' for the options of a command.
`
    : `cadre — vérifie des documents au regard d'un cadre de référence (fourni : ISCG, 2006)

Usage : cadre <commande> [options]

Commandes :
  validate FICHIER…   vérifie des postes, actes et partages d'information (YAML, JSON, JSON Lines)
  lint FICHIER…       relit des fiches de poste (texte, Markdown, Word, PDF)
  explain ID-RÈGLE    présente une règle : titre, justification, sources, paramètres, exemples
  rules SOUS-COMMANDE outils des mainteneurs des règles : check, test, diff, export, docs

Exemples :
  cadre validate docs/examples/
  cadre validate --format json --as-of 2025-01-01 acte.yaml
  cadre lint fiche.docx
  cadre explain action/no-police-orders
  cadre rules test --coverage

Codes de sortie : 0 rien au seuil d'échec, 1 constatations au seuil, 2 usage, entrée inutilisable ou règles invalides.
« cadre <commande> --help » donne les options d'une commande.
`;
}

const COMMON_FR = `  -f, --format NOM     stylish (défaut), json, sarif, junit, github, markdown
  -o, --output FICHIER écrit le rapport dans un fichier (rien n'est écrit si l'exécution échoue)
      --as-of DATE     date de vérification AAAA-MM-JJ (défaut : date du document, sinon aujourd'hui)
      --lang fr|en     langue des messages (défaut : fr)
      --ruleset DOSSIER  référentiel à utiliser (défaut : le référentiel ISCG fourni)
      --fail-on NIVEAU error (défaut), review ou warning : seuil du code de sortie 1
      --max-warnings N code de sortie 1 au-delà de N avertissements
      --verbose        montre aussi les constatations « info »
  -h, --help           cette aide`;

const COMMON_EN = `  -f, --format NAME    stylish (default), json, sarif, junit, github, markdown
  -o, --output FILE    write the report to a file (nothing is written when the run fails)
      --as-of DATE     check date YYYY-MM-DD (default: the document's date, else today)
      --lang fr|en     language of messages (default: fr)
      --ruleset DIR    ruleset to use (default: the shipped ISCG ruleset)
      --fail-on LEVEL  error (default), review or warning: threshold of exit code 1
      --max-warnings N exit code 1 above N warnings
      --verbose        also show "info" findings
  -h, --help           this help`;

/**
 * Help of `cadre validate`.
 * @example
 * process.stdout.write(validateHelp('fr'));
 */
export function validateHelp(lang: Lang): string {
  return lang === 'en'
    ? `Usage: cadre validate [options] FILE|DIR…

Checks structured documents (kind: post, action or sharing) in YAML files (several documents
separated by ---) or JSON files; folders are searched for .yaml, .yml and .json files.

Options:
      --jsonl          one JSON document per line (files, or stdin when none), one JSON report per line
${COMMON_EN}

Examples:
  cadre validate docs/examples/
  cadre validate action.yaml --format json --output report.json
  cadre validate --as-of 2007-01-15 sharing.yaml
  cat actions.jsonl | cadre validate --jsonl > reports.jsonl
  cadre validate --fail-on review post.yaml
`
    : `Usage : cadre validate [options] FICHIER|DOSSIER…

Vérifie des documents structurés (kind: post, action ou sharing) dans des fichiers YAML (plusieurs
documents séparés par ---) ou JSON ; dans un dossier, les fichiers .yaml, .yml et .json.

Options :
      --jsonl          un document JSON par ligne (fichiers, ou entrée standard), un rapport JSON par ligne
${COMMON_FR}

Exemples :
  cadre validate docs/examples/
  cadre validate acte.yaml --format json --output rapport.json
  cadre validate --as-of 2007-01-15 partage.yaml
  cat actes.jsonl | cadre validate --jsonl > rapports.jsonl
  cadre validate --fail-on review poste.yaml
`;
}

/**
 * Help of `cadre lint`.
 * @example
 * process.stdout.write(lintHelp('fr'));
 */
export function lintHelp(lang: Lang): string {
  return lang === 'en'
    ? `Usage: cadre lint [options] FILE|DIR…

Lints fiches de poste: text (.txt), Markdown (.md), Word (.docx), PDF (.pdf), and YAML posts with
a description. Each finding gives the passage's line and column, the message and its sources.

Options:
      --show-text      print the extracted text with line numbers instead of linting
${COMMON_EN}

Examples:
  cadre lint fiche.docx
  cadre lint fiches/ --format json
  cadre lint --show-text offre.pdf
`
    : `Usage : cadre lint [options] FICHIER|DOSSIER…

Relit des fiches de poste : texte (.txt), Markdown (.md), Word (.docx), PDF (.pdf), et postes YAML
avec une description. Chaque constatation donne la ligne et la colonne du passage, le message et ses sources.

Options :
      --show-text      affiche le texte extrait, avec les numéros de ligne, au lieu de relire
${COMMON_FR}

Exemples :
  cadre lint fiche.docx
  cadre lint fiches/ --format json
  cadre lint --show-text offre.pdf
`;
}

/**
 * Help of `cadre explain`.
 * @example
 * process.stdout.write(explainHelp('fr'));
 */
export function explainHelp(lang: Lang): string {
  return lang === 'en'
    ? `Usage: cadre explain [--lang en] [--ruleset DIR] RULE-ID

Shows a rule: title, severities and messages, rationale, sources with their status, parameters,
dates in force, condition and examples. Without RULE-ID, lists the rules.

Examples:
  cadre explain action/no-police-orders
  cadre explain sharing/basis-recipient --lang en
  cadre explain
`
    : `Usage : cadre explain [--lang en] [--ruleset DOSSIER] ID-RÈGLE

Présente une règle : titre, sévérités et messages, justification, sources et leur statut,
paramètres, dates d'application, condition et exemples. Sans ID-RÈGLE, liste les règles.

Exemples :
  cadre explain action/no-police-orders
  cadre explain sharing/basis-recipient --lang en
  cadre explain
`;
}

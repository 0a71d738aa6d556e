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
  serve               HTTP service: POST /v1/check, GET /v1/rules, /openapi.json

Examples:
  cadre validate docs/examples/
  cadre validate --format json --as-of 2025-01-01 action.yaml
  cadre lint fiche.docx
  cadre explain action/no-police-orders
  cadre rules test --coverage
  cadre serve --port 8080

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
  serve               service HTTP : POST /v1/check, GET /v1/rules, /openapi.json

Exemples :
  cadre validate docs/examples/
  cadre validate --format json --as-of 2025-01-01 acte.yaml
  cadre lint fiche.docx
  cadre explain action/no-police-orders
  cadre rules test --coverage
  cadre serve --port 8080

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

/**
 * Help of `cadre serve`.
 * @example
 * process.stdout.write(serveHelp('fr'));
 */
export function serveHelp(lang: Lang): string {
  return lang === 'en'
    ? `Usage: cadre serve [options]

Starts the HTTP service: JSON documents in, reports out (docs/http.md).
  POST /v1/check        check a document (kind: post, action, sharing or post-text)
  GET  /v1/rules        the rules of the ruleset; GET /v1/rules/{id}: one rule
  GET  /healthz         the service answers
  GET  /openapi.json    the OpenAPI 3.1 description of all of it
One log line per request on stdout (method, route, status, duration: never a document).
Stops cleanly on Ctrl+C or SIGTERM, after the requests in progress.

Options:
      --port N          port to listen on (default: 8080; 0: any free port)
      --host ADDRESS    address to listen on (default: 127.0.0.1; 0.0.0.0: every interface)
      --ruleset DIR     ruleset to use (default: the shipped ISCG ruleset)
      --lang fr|en      language of messages and of the answers by default (default: fr)
      --body-limit SIZE largest request body, in bytes or with k or m (default: 1m)
      --timeout MS      time limit of a request, in milliseconds or with s (default: 10s)
  -h, --help            this help

Examples:
  cadre serve
  cadre serve --port 3000 --host 0.0.0.0
  cadre serve --ruleset rules/iscg --body-limit 2m --timeout 5s
  curl -s localhost:8080/v1/check -H 'content-type: application/json' -d @action.json
`
    : `Usage : cadre serve [options]

Démarre le service HTTP : documents JSON en entrée, rapports en sortie (docs/http.md).
  POST /v1/check        vérifie un document (kind: post, action, sharing ou post-text)
  GET  /v1/rules        les règles du référentiel ; GET /v1/rules/{id} : une règle
  GET  /healthz         le service répond
  GET  /openapi.json    la description OpenAPI 3.1 de l'ensemble
Une ligne de journal par requête sur la sortie standard (méthode, route, statut, durée : jamais un document).
S'arrête proprement sur Ctrl+C ou SIGTERM, après les requêtes en cours.

Options :
      --port N          port d'écoute (défaut : 8080 ; 0 : un port libre)
      --host ADRESSE    adresse d'écoute (défaut : 127.0.0.1 ; 0.0.0.0 : toutes les interfaces)
      --ruleset DOSSIER référentiel à utiliser (défaut : le référentiel ISCG fourni)
      --lang fr|en      langue des messages et, par défaut, des réponses (défaut : fr)
      --body-limit TAILLE  corps de requête maximal, en octets ou avec k ou m (défaut : 1m)
      --timeout MS      délai d'une requête, en millisecondes ou avec s (défaut : 10s)
  -h, --help            cette aide

Exemples :
  cadre serve
  cadre serve --port 3000 --host 0.0.0.0
  cadre serve --ruleset rules/iscg --body-limit 2m --timeout 5s
  curl -s localhost:8080/v1/check -H 'content-type: application/json' -d @acte.json
`;
}

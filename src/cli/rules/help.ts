/**
 * Help texts of `cadre rules` and its sub-commands, in French (English with `--lang en`).
 * @module
 */
import type { Lang } from '../../core/types.js';

const FR: Record<string, string> = {
  '': `Usage : cadre rules <sous-commande> [options]

Outils des mainteneurs des règles (voir docs/rule-maintainers.md).

Sous-commandes :
  check [DOSSIER]            vérifie les règles : chargement, sources, deux langues, exemples, identifiants, version
  test [DOSSIER]             lance les exemples des règles et les fichiers de tests (DOSSIER/tests/*.yaml)
  diff BASE HEAD             compare deux référentiels (dossiers ou révisions git) et leur effet sur les verdicts
  export [DOSSIER]           exporte les règles vers json-rules-engine
  docs [DOSSIER]             génère une page Markdown par règle et un index (docs/rules/)

DOSSIER : par défaut rules/iscg. Codes de sortie : 0 succès, 1 échec des tests (ou version à relever),
2 règles invalides ou usage incorrect.

Exemples :
  cadre rules check
  cadre rules test --coverage --threshold 100
  cadre rules diff origin/main rules/iscg --format markdown
  cadre rules export --target json-rules-engine --output iscg.jre.json
  cadre rules docs --output docs/rules
`,
  check: `Usage : cadre rules check [DOSSIER] [--format stylish|json|github] [--lang en]

Vérifie tout ce que vérifie le chargeur (schéma, opérateurs, chemins JSONPath, identifiants en double,
traductions, YAML), et en plus : chaque règle cite des sources, a ses textes en français et en anglais,
au moins un exemple qui la déclenche et un exemple conforme (et un qui déclenche chacune de ses
sévérités), un identifiant sujet/kebab-case ; le référentiel a une version semver.
Chaque problème est donné en fichier:ligne:colonne ; code de sortie 2 s'il y en a.

Exemples :
  cadre rules check
  cadre rules check rules/iscg --format github
`,
  test: `Usage : cadre rules test [DOSSIER] [--coverage] [--threshold N] [--lang en]

Lance les exemples de chaque règle (fires / passes) et les fichiers de tests DOSSIER/**/tests/*.yaml
(des documents et les constatations attendues), affiche chaque cas comme un lanceur de tests et finit
par la ligne « N passed, N failed ».

Options :
      --coverage       liste la couverture par règle (déclenchée au moins une fois, silencieuse au moins une fois)
      --threshold N    échoue (code 1) si moins de N % des règles sont couvertes

Exemples :
  cadre rules test
  cadre rules test --coverage --threshold 100
`,
  diff: `Usage : cadre rules diff BASE HEAD [options]

BASE et HEAD sont deux dossiers de règles, ou deux révisions git (branche, étiquette, commit) du
dossier --dir. Affiche les règles ajoutées, supprimées et modifiées (quels champs), puis l'effet sur
les verdicts : les exemples et tests des deux côtés, plus N documents générés par sujet à partir des
schémas (graine fixe), vérifiés par les deux référentiels ; les documents dont les constatations
changent. Vérifie enfin que la version suit la politique de docs/rule-maintainers.md (code 1 sinon).

Options :
  -f, --format NOM     stylish (défaut), markdown (commentaire de pull request), json
  -o, --output FICHIER écrit le résultat dans un fichier (rien n'est écrit si l'exécution échoue)
      --dir CHEMIN     dossier des règles dans le dépôt, pour les révisions git (défaut : rules/iscg)
      --samples N      documents générés par sujet (défaut : 2000)
      --seed N         graine du générateur (défaut : 1)

Exemples :
  cadre rules diff origin/main HEAD
  cadre rules diff origin/main rules/iscg --format markdown --output diff.md
  cadre rules diff ancien/ nouveau/ --format json
`,
  export: `Usage : cadre rules export [DOSSIER] --target json-rules-engine [--output FICHIER]

Exporte les règles des sujets structurés vers json-rules-engine (une règle du moteur par cas) ; elles
tournent dans json-rules-engine avec le greffon registerJrePlugin (voir docs/rule-maintainers.md).

Exemples :
  cadre rules export --target json-rules-engine --output iscg.jre.json
`,
  docs: `Usage : cadre rules docs [DOSSIER] [--output DOSSIER] [--check] [--lang en]

Génère une page Markdown par règle (titre, sévérité, justification, sources et leur statut, paramètres,
exemples, condition) et un index, dans docs/rules/ par défaut. Les constatations (docUrl) et le SARIF
(helpUri) pointent vers ces pages : docBaseUrl de ruleset.yaml fixe leur adresse.

Options :
  -o, --output DOSSIER dossier de sortie (défaut : docs/rules)
      --check          n'écrit rien : code 1 si les pages du dossier ne sont pas à jour

Exemples :
  cadre rules docs
  cadre rules docs --check
`,
};

const EN: Record<string, string> = {
  '': `Usage: cadre rules <sub-command> [options]

Tools for rule maintainers (see docs/rule-maintainers.md).

Sub-commands:
  check [DIR]                check the rules: loading, sources, both languages, examples, ids, version
  test [DIR]                 run the rules' examples and the test files (DIR/tests/*.yaml)
  diff BASE HEAD             compare two rulesets (folders or git revisions) and their effect on verdicts
  export [DIR]               export the rules to json-rules-engine
  docs [DIR]                 generate one Markdown page per rule and an index (docs/rules/)

DIR: rules/iscg by default. Exit codes: 0 success, 1 failing tests (or version to bump), 2 invalid
rules or usage.

Examples:
  cadre rules check
  cadre rules test --coverage --threshold 100
  cadre rules diff origin/main rules/iscg --format markdown
  cadre rules export --target json-rules-engine --output iscg.jre.json
  cadre rules docs --output docs/rules
`,
  check: `Usage: cadre rules check [DIR] [--format stylish|json|github] [--lang en]

Checks everything the loader checks (schema, operators, JSONPath paths, duplicate ids, translations,
YAML), and also: every rule cites sources, has its texts in French and English, at least one firing
and one passing example (and one firing each of its severities), an id subject/kebab-case; the
ruleset has a semver version. Each problem at file:line:column; exit code 2 when there is any.

Examples:
  cadre rules check
  cadre rules check rules/iscg --format github
`,
  test: `Usage: cadre rules test [DIR] [--coverage] [--threshold N] [--lang en]

Runs every rule's examples (fires / passes) and the test files DIR/**/tests/*.yaml (documents and
their expected findings), prints each case as a test runner does and ends with "N passed, N failed".

Options:
      --coverage       list coverage by rule (fired at least once, silent at least once)
      --threshold N    fail (exit 1) when fewer than N % of the rules are covered

Examples:
  cadre rules test
  cadre rules test --coverage --threshold 100
`,
  diff: `Usage: cadre rules diff BASE HEAD [options]

BASE and HEAD are two rule folders, or two git revisions (branch, tag, commit) of the folder --dir.
Shows the rules added, removed and changed (which fields), then the effect on verdicts: the examples
and tests of both sides plus N documents generated per subject from the schemas (fixed seed), checked
by both rulesets; the documents whose findings change. Last, checks that the version follows the
policy of docs/rule-maintainers.md (exit 1 otherwise).

Options:
  -f, --format NAME    stylish (default), markdown (pull-request comment), json
  -o, --output FILE    write the result to a file (nothing is written when the run fails)
      --dir PATH       rules folder in the repository, for git revisions (default: rules/iscg)
      --samples N      generated documents per subject (default: 2000)
      --seed N         seed of the generator (default: 1)

Examples:
  cadre rules diff origin/main HEAD
  cadre rules diff origin/main rules/iscg --format markdown --output diff.md
  cadre rules diff old/ new/ --format json
`,
  export: `Usage: cadre rules export [DIR] --target json-rules-engine [--output FILE]

Exports the rules of the structured subjects to json-rules-engine (one engine rule per case); they run
in json-rules-engine with the registerJrePlugin plugin (see docs/rule-maintainers.md).

Examples:
  cadre rules export --target json-rules-engine --output iscg.jre.json
`,
  docs: `Usage: cadre rules docs [DIR] [--output DIR] [--check] [--lang en]

Generates one Markdown page per rule (title, severity, rationale, sources and their status, parameters,
examples, condition) and an index, in docs/rules/ by default. Findings (docUrl) and SARIF (helpUri)
point to these pages: docBaseUrl in ruleset.yaml sets their address.

Options:
  -o, --output DIR     output folder (default: docs/rules)
      --check          write nothing: exit 1 when the pages of the folder are not up to date

Examples:
  cadre rules docs
  cadre rules docs --check
`,
};

/**
 * Help of `cadre rules` (no sub-command) or of one sub-command.
 * @example
 * process.stdout.write(rulesHelp('fr', 'diff'));
 */
export function rulesHelp(lang: Lang, sub = ''): string {
  return (lang === 'en' ? EN : FR)[sub] ?? (lang === 'en' ? EN[''] : FR['']) ?? '';
}

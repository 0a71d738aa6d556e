/**
 * Words of French that the scope analysis needs: negation markers (as token patterns), words
 * that end a clause, finite verbs and subjects that start a new clause after "et" or a comma.
 * Everything is folded (no accents, lower case).
 * @module
 */

/** How a marker acts on the tokens around it. */
export type MarkerKind = 'veto' | 'cancel' | 'clause' | 'phrase' | 'sans' | 'backward';

/** Negation markers, as token patterns (see docs/text-patterns.md), by kind. */
export const MARKERS: Readonly<Record<MarkerKind, readonly string[]>> = {
  // Negations that a `cancel` pattern never undoes: "il ne saurait être question que …", "il n'est
  // pas question que …" look like a restriction (ne … que) but deny what follows.
  veto: [
    'ne (saurait | sauraient | saura | sauront)', 'ne ~2 etre question',
    'ne (est | sera | serait | sont) (pas | plus | nullement | aucunement) question',
  ],
  // Not negations: restriction (ne … que), "not only", "non exhaustive", "sans délai"…
  cancel: [
    'ne ~6 =que', 'ne (se | le | la | les)? limit* (pas | =plus)', 'ne ~3 pas (seulement | uniquement | simplement | forcement | necessairement | =que)',
    'pas (seulement | uniquement | simplement)', 'non (seulement | exhaustif* | exhaustiv* | limitatif* | limitativ* | negligeable*)',
    'sans (delai | attendre | distinction | exception | prejudice | doute | frais | plus tarder | rendez vous | condition d age)',
    "n'importe", '=ne serait ce', 'pas a pas', 'ni plus ni moins',
    // "Ce que l'intervenant fait et ne fait pas": both, so no negation.
    '(fait | peut | doit | fera) (et | ou | /) (ne)? (fait | peut | doit | fera) pas',
    // "Les principes qui ne se discutent pas": not negotiable, so affirmed.
    'ne se (discute | discutent | negocie | negocient) (pas | jamais)',
    // Not released from secrecy: "ne la délie en rien du secret professionnel".
    'ne (le | la | les | lui | leur)? (delie | delient | deliera | libere | liberent | liberera | dispense | dispensent | exonere | exonerent) (pas | en rien | nullement | aucunement | jamais)? (du | de)',
    'ne (est | sont | sera | seront) (pas | jamais | nullement | aucunement | en rien) (delie* | libere* | dispense* | exonere*) (du | de)',
  ],
  // From the marker to the end of the clause.
  clause: [
    'se (garde | gardent | gardera | garderont) (bien)? de',
    // "Il serait contraire au cadre que l'intervenant convoque …": what follows is denied.
    'contraire* (a | au | aux) ~5 =que',
    '=ne', '=pas', 'jamais', '=aucun', '=aucune', '=aucuns', '=aucunes', 'aucunement', '=nul', '=nulle', 'nullement', '=ni', '=rien', 'guere',
    'interdi*', 'proscri*', 'prohib*', '=exclu', '=exclue', '=exclus', '=exclues', '=exclut', '=excluent', '=exclure', '=excluant',
  ],
  // From the marker to the next comma or the end of the clause.
  phrase: [
    // "Ce n'est pas l'intervenante qui recueille les plaintes": a cleft negation covers its relative
    // clause (here rather than with `clause`, whose "ne" would end the match first).
    'ce ne (est | sont | sera | etait) (pas | jamais | plus | nullement | aucunement) ~4 (qui | que)',
    '=non', 'hors', 'exclusion', 'refus*', 'abstien*', 'abstenir', '=evite', '=evitent', '=eviter', 'ecarte*'],
  // Like phrase, but flips the polarity (a "sans" inside a negation is affirmative: "ne … sans l'accord").
  sans: ['sans'],
  // Negates what precedes, back to the start of the clause: "La prise de plainte ne relève pas de ses missions".
  backward: [
    'ne (lui | leur | se | en | y)? (releve* | entre | entrent | incombe* | appartien* | fait partie | font partie | figure* | constitue* | concerne* | rentre | rentrent | appliqu*)',
    'ne (lui | leur)? (est | sont | sera | seront | serait | seraient) (pas | jamais | aucunement | nullement | plus)? (de | du | dans | une | un | autorise* | permis* | admis* | tolere* | prevu* | attendu* | demande* | confie* | compris* | sa | son | ses | habilite* | exige* | requis* | obligatoire* | necessaire* | =en (aucun | rien))',
    // A negated passive denies its subject: "les auteurs ne sont pas reçus", "l'entretien n'est jamais obligatoire".
    'ne (lui | leur)? (est | sont | sera | seront | serait | seraient) (pas | jamais | aucunement | nullement | plus)? (concerne* | =recu | =recue | =recus | =recues | accueilli* | vise* | =pris | =prise | =prises | =suivi | =suivie | =suivis | =suivies | recueilli* | redige* | transmis* | communique* | convoque* | realise* | assure* | effectue* | associe* | implique* | destine* | obligatoire* | impose* | conditionne* | subordonne* | nominati* | sollicite* | requis* | remis* | adresse* | envoye* | consulte* | renseigne* | utilise*)',
    'ne (lui | leur)? (peut | peuvent | saurai* | doit | doivent) (pas | jamais | en aucun cas | aucunement)? (lui | leur)? etre',
    '(est | sont | sera | seront | etre | reste | restent | demeure | demeurent | lui | leur) (formellement | strictement | totalement | expressement | absolument | donc | egalement | clairement)? (=exclu | =exclue | =exclus | =exclues | interdit* | proscrit* | prohibe* | hors | refuse | refusee | refusees | refuses | ecarte*)',
    ': (=exclu | =exclue | =exclus | =exclues | interdit* | proscrit* | hors)',
    // "Prise de plainte : non." — but ": aucune information n'est demandée" starts a new sentence.
    ': (=non | =jamais | =aucun | =aucune | =aucunement | =nullement) $',
    "(releve* | incombe* | appartien* | revien* | reserve* | ressort | competence) (exclusivement | uniquement | strictement)? ~3 (enqueteur* | enquetrice* | opj | apj | officier* | policier* | gendarme* | forces de l'ordre | service* d'enquete | effectifs)",
  ],
};

/** Words that end the scope of a negation (contrast, relative clauses). */
export const CLAUSE_ENDERS = new Set([
  'mais', 'cependant', 'toutefois', 'neanmoins', 'pourtant', 'sauf', 'excepte', 'hormis', 'revanche', 'tandis', 'alors',
  'qui', 'dont', 'lorsque', 'quand', 'puis', 'ensuite', 'inversement', 'contrairement', 'plutot',
]);

/** Coordinators after which a finite verb or a subject starts a new clause. */
export const COORDINATORS = new Set([',', 'et', 'ou', 'puis']);

/** Pronouns and heads of a subject noun phrase ("il", "l'intervenant", "la titulaire"). */
export const SUBJECT_PRONOUNS = new Set(['il', 'elle', 'ils', 'elles', 'on', 'celui', 'celle', 'je', 'nous', 'vous']);
export const SUBJECT_HEADS = new Set([
  'intervenant', 'titulaire', 'agent', 'professionnel', 'iscg', 'isg', 'isc', 'travailleur', 'salarie', 'poste',
  'psychologue', 'assistant', 'educateur', 'conseiller', 'referent', 'candidat', 'personne', 'structure', 'employeur',
]);
export const DETERMINERS = new Set(['le', 'la', 'les', 'son', 'sa', 'ses', 'cet', 'cette', 'ce', 'l']);

/** Copulas and auxiliaries: a backward scope passes over them. */
export const COPULAS = new Set(['est', 'sont', 'sera', 'seront', 'serait', 'seraient', 'etait', 'etaient', 'etre', 'reste', 'restent', 'demeure', 'demeurent', 'a', 'ont']);

/** Stems of common -er verbs of fiches de poste (finite forms: stem + e / ent). */
const ER_VERB_STEMS = [
  'particip', 'assist', 'redig', 'recueil', 'accompagn', 'assur', 'convoqu', 'orient', 'evalu', 'accueil', 'inform',
  'travail', 'exerc', 'renseign', 'consult', 'signal', 'propos', 'organis', 'contribu', 'apport', 'facilit', 'veil',
  'realis', 'effectu', 'dispos', 'collabor', 'rencontr', 'communiqu', 'enregistr', 'aid', 'anim', 'trait', 'particip',
  'transfer', 'remplac', 'gar', 'port', 'pilot', 'coordonn', 'analys', 'identifi', 'repr', 'tien', 'command', 'dirig',
  'fix', 'donn', 'confi', 'charg', 'suiv', 'appel', 'document', 'conseil', 'ecout', 'favoris', 'mobilis', 'rend',
  'respect', 'contact', 'rappel', 'appliqu', 'present', 'sollicit', 'recherch', 'developp', 'elabor', 'assum', 'particip',
  'accompagn', 'signal', 'garant', 'prepar', 'explor', 'explic', 'expliqu', 'identifi', 'prioris', 'repr', 'sensibilis', 'repos',
];

/** Irregular finite forms (3rd person, present and future) that start a clause after "et". */
const IRREGULAR_FINITE = [
  'prend', 'prennent', 'transmet', 'transmettent', 'intervient', 'interviennent', 'recoit', 'recoivent', 'rend', 'rendent',
  'fait', 'font', 'suit', 'suivent', 'met', 'mettent', 'tient', 'tiennent', 'ont', 'peut', 'peuvent', 'doit', 'doivent',
  'va', 'vont', 'sait', 'reste', 'restent', 'est', 'sont', 'sera', 'seront', 'dispose', 'disposent', 'produit', 'produisent',
  'remplit', 'remplissent', 'etablit', 'etablissent', 'redige', 'redigent', 'conduit', 'conduisent', 'devient', 'obtient',
  'agit', 'agissent', 'garantit', 'garantissent', 'soutient', 'soutiennent', 'reagit', 'reagissent', 'definit', 'definissent',
];

const FINITE_FORMS = new Set<string>(IRREGULAR_FINITE);
for (const stem of ER_VERB_STEMS) {
  FINITE_FORMS.add(stem + 'e');
  FINITE_FORMS.add(stem + 'ent');
  FINITE_FORMS.add(stem + 'le');
  FINITE_FORMS.add(stem + 'lent');
  FINITE_FORMS.add(stem + 'era');
  FINITE_FORMS.add(stem + 'eront');
}

/**
 * Whether a folded word is (probably) a conjugated verb: after "et" or a comma it starts a new
 * clause, which ends the scope of a negation.
 *
 * @example
 * ```ts
 * isFiniteVerb('participe'); // true
 * isFiniteVerb('participation'); // false
 * ```
 */
export function isFiniteVerb(form: string): boolean {
  return FINITE_FORMS.has(form);
}

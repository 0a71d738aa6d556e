import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/text/index.js';

/** Whether the first occurrence of `word` (folded form) is negated in `text`. */
function negated(text: string, word: string): boolean {
  const at = analyseText(text);
  const i = at.tokens.form.indexOf(word);
  if (i < 0) throw new Error(`${word} not in ${text}`);
  return at.negated[i] === 1;
}

describe('negation scopes', () => {
  it.each([
    ["Il ne participe pas aux auditions.", 'auditions'],
    ["L'intervenant n'a pas vocation à recueillir les plaintes.", 'plaintes'],
    ['Il ne prend jamais de plainte.', 'plainte'],
    ['Il ne recueille ni les plaintes ni les témoignages.', 'temoignages'],
    ['Il ne peut en aucun cas rédiger de procès-verbal.', 'proces'],
    ['En aucun cas il ne rédige de procès-verbal.', 'proces'],
    ['Il accompagne la victime sans participer à l’audition.', 'audition'],
    ['La prise de plainte ne relève pas de ses missions.', 'prise'],
    ['La participation aux auditions est exclue.', 'participation'],
    ['Toute participation aux auditions lui est formellement interdite.', 'participation'],
    ['Il lui est interdit de recueillir les plaintes.', 'plaintes'],
    ['Conformément au cadre, l’intervenant ne peut rédiger de procès-verbal.', 'proces'],
    ['Le recueil des plaintes relève des seuls enquêteurs.', 'recueil'],
    ['Il refuse de participer aux auditions.', 'participer'],
    ['Il ne prend pas les plaintes, les dépositions ni les procès-verbaux.', 'depositions'],
    // A negated passive denies its subject.
    ['Les auteurs ne sont pas reçus.', 'auteurs'],
    ['Il propose, sans jamais l’imposer, un accompagnement.', 'imposer'],
    ['Il reçoit les personnes sans contrainte ni obligation de rendez-vous.', 'obligation'],
    ['Il agit sans que la personne ne soit convoquée.', 'convoquee'],
    ["L'entretien n'est jamais obligatoire.", 'entretien'],
    ['La liste des personnes reçues n’est pas transmise au maire.', 'liste'],
    // Not a restriction (ne … que): "ne saurait", "il n'est pas question que" deny what follows.
    ["Il ne saurait être question que l'intervenante prenne part à une audition.", 'audition'],
    ["Il n'est pas question que l'intervenant rédige un procès-verbal.", 'proces'],
    // A cleft negation covers its relative clause.
    ["Ce n'est pas l'intervenante qui recueille les plaintes : ce sont les gendarmes.", 'plaintes'],
    // A denied completive covers every verb of its list.
    ["Il est exclu que l'intervenant recueille une plainte, rédige un procès-verbal ou assiste à une audition.", 'proces'],
    ["Il est exclu que l'intervenant recueille une plainte, rédige un procès-verbal ou assiste à une audition.", 'audition'],
    ["Il serait contraire au cadre que l'intervenant convoque les personnes ou qu'il remette au maire la liste des personnes reçues.", 'liste'],
    ['Elle se garde de tout suivi au long cours.', 'suivi'],
    ["Le diplôme d'État d'assistant de service social n'est pas exigé : le poste est ouvert aux psychologues.", 'diplome'],
    // A short negated label ended by a period, with its list on the same line.
    ['**Activités exclues.** Réception de plaintes ; rédaction de procès-verbaux ; convocation de personnes.', 'convocation'],
    ['**Hors champ.** Prise de plainte, rédaction de PV, suivi de longue durée.', 'suivi'],
    // Lead-ins without a colon: a short negated line over list items, or a numbered title.
    ['Sont exclus\n* toute participation aux auditions ;\n* la remise de listes nominatives au maire.', 'listes'],
    ['4) Ce qui ne relève pas du poste\nPrise de plainte ; rédaction de procès-verbaux ; suivi de longue durée.', 'suivi'],
    ['3. Ce que vous ne pouvez pas lui demander\n- convoquer une personne ;\n- rédiger un procès-verbal.', 'convoquer'],
  ])('%s → "%s" is negated', (text, word) => {
    expect(negated(text, word)).toBe(true);
  });

  it.each([
    ['Il ne prend pas les plaintes et participe aux auditions.', 'auditions'],
    ['Il ne prend pas les plaintes mais rédige les procès-verbaux.', 'proces'],
    ['Il ne prend pas les plaintes. Il participe aux auditions.', 'auditions'],
    ["Il n'intervient qu'auprès des victimes.", 'victimes'],
    ['Missions (liste non exhaustive) : recueil des plaintes.', 'plaintes'],
    ['Aucune démarche n’est engagée sans l’accord de la personne.', 'accord'],
    ['Il intervient sans délai auprès des victimes.', 'victimes'],
    ["L'intervenant, qui n'est pas policier, participe aux auditions.", 'auditions'],
    ["Il est rappelé qu'elle n'est pas placée sous l'autorité des policiers et qu'elle est tenue au secret.", 'secret'],
    ['Elle est tenue au secret professionnel : aucune information ne lui est demandée.', 'secret'],
    ['Il accueille les victimes qui ne souhaitent pas porter plainte et rédige les PV.', 'pv'],
    ['Les auteurs ne sont pas exclus de l’intervention.', 'auteurs'],
    ['Les victimes, qui ne sont pas convoquées, sont reçues.', 'victimes'],
    // A negation word inside "sans" reinforces it: one negation, not two.
    ['Il propose, sans jamais l’imposer, un accompagnement.', 'propose'],
    ['Les personnes sont-elles obligées de la voir ? Jamais : tout repose sur leur accord.', 'accord'],
    // "ne … pas" around "se limiter" is no negation, nor is "ne … que" over six words.
    ["Son rôle ne se limite pas à l'écoute : il renseigne également le LRPPN.", 'lrppn'],
    ["Un accompagnement, qui ne peut être mis en place qu'avec leur consentement.", 'consentement'],
    ["Il n'est question que d'orienter les personnes.", 'orienter'],
    // Not released from secrecy: a double negation.
    ['Son affectation au commissariat ne la délie en rien du secret professionnel.', 'secret'],
    // A negated predicate reaches back to its own "que", not to the completive before it.
    ["Il rappelle que l'intervention reste soumise à l'adhésion de la personne et qu'aucun rendez-vous ne peut être imposé.", 'adhesion'],
    // A heading that asks, that says what is not negotiable, or what the worker does and does not do.
    ['### Pourquoi ne peut-il pas tout vous dire ?\nIl est tenu au secret professionnel.', 'secret'],
    ['### Les principes qui ne se discutent pas\nLa libre adhésion : rien ne se fait sans son accord.', 'adhesion'],
    ['### Ce que l’intervenant fait et ne fait pas\n- il oriente vers le service social de secteur', 'oriente'],
    // After a negated sentence, ':' followed by a subject and its verb explains: it lists nothing.
    ["L'aide n'est jamais conditionnée à cet entretien : tout repose sur le consentement de la personne.", 'consentement'],
    ["Aucune convocation n'est adressée aux personnes : l'intervention repose sur leur libre adhésion.", 'adhesion'],
    // Under a numbered title, a sentence is no list.
    ["4. CE QUE NE FAIT PAS L'ISG\nIl ne prend pas les plaintes et ne rend pas compte de ses entretiens, qui restent confidentiels.", 'confidentiels'],
    // Not released from secrecy.
    ["Elle n'est pas déliée du secret professionnel du fait de sa présence au commissariat.", 'secret'],
    // A negation inside parentheses ends with them.
    ['Hiérarchie : le CD (pas la police), accord de la personne, confidentialité des entretiens.', 'accord'],
    // "c'est …" after a colon explains: it lists nothing.
    ["Le poste n'est porté ni par une commune ni par une association : c'est la compagnie qui recrute.", 'recrute'],
  ])('%s → "%s" is affirmed', (text, word) => {
    expect(negated(text, word)).toBe(false);
  });
});

describe('exclusion lists', () => {
  it('govern the items under a lead-in, up to the next paragraph', () => {
    const text = 'Ne relèvent pas de ses missions :\n- la prise de plainte ;\n- les auditions.\n\nIl rédige les rapports.';
    expect(negated(text, 'prise')).toBe(true);
    expect(negated(text, 'auditions')).toBe(true);
    expect(negated(text, 'redige')).toBe(false);
  });

  it('govern the items on the same line (text extracted from PDF or Word)', () => {
    const text = 'Sont exclus : - la prise de plainte - les auditions. Il convoque les familles.';
    expect(negated(text, 'prise')).toBe(true);
    expect(negated(text, 'auditions')).toBe(true);
    expect(negated(text, 'convoque')).toBe(false);
  });

  it('govern lines without bullets that go on the enumeration', () => {
    const text = "Il n'appartient pas à l'intervenant de :\nrecueillir les plaintes ;\nparticiper aux auditions.\nIl oriente les victimes.";
    expect(negated(text, 'recueillir')).toBe(true);
    expect(negated(text, 'participer')).toBe(true);
    expect(negated(text, 'oriente')).toBe(false);
  });

  it('stop at a new heading or lead-in', () => {
    const text = "L'intervenant ne :\n- recueille pas les plaintes\nMissions :\n- participer aux réunions";
    expect(negated(text, 'reunions')).toBe(false);
    const md = '## Ce qui ne relève pas de ses missions\n- auditions\n\nTexte libre\n## Missions\n- accueil';
    expect(negated(md, 'auditions')).toBe(true);
    expect(negated(md, 'texte')).toBe(true);
    expect(negated(md, 'accueil')).toBe(false);
  });

  it('text whose line breaks were lost: a capitalised field label or sentence start ends the negation and the lead-in', () => {
    const text = 'Limites : ne prend pas de plainte ne participe pas aux auditions Principes : libre adhésion, secret professionnel Profil : DEASS';
    expect(negated(text, 'auditions')).toBe(true);
    expect(negated(text, 'adhesion')).toBe(false);
    expect(negated(text, 'secret')).toBe(false);
    expect(negated(text, 'deass')).toBe(false);
    expect(negated("Il ne participe pas aux auditions Il intervient avec l'accord des personnes", 'accord')).toBe(false);
    // Names are not sentence starts: "commune de La Teste", "association Les Amis".
    expect(negated("Il n'est pas employé par la commune de La Teste ni par l'association Les Amis", 'amis')).toBe(true);
    // In capitals the case carries no signal: only labels followed by ':' do.
    expect(negated("IL NE PARTICIPE PAS AUX AUDITIONS IL ACCUEILLE", 'accueille')).toBe(true);
  });

  it('a lead-in has its negation near the colon', () => {
    const far = "L'INTERVENANT N'A PAS VOCATION À RECUEILLIR DES PLAINTES NI À PARTICIPER AUX AUDITIONS DES VICTIMES ET DES TÉMOINS OU AUX CONFRONTATIONS DIVERSES ET VARIÉES SUIVI : DEASS";
    expect(negated(far, 'deass')).toBe(false);
    expect(negated("Il n'appartient en aucun cas à l'intervenant social de :\n- recueillir les plaintes", 'recueillir')).toBe(true);
  });

  it('a colon that explains is not a lead-in', () => {
    const text = "Il n'est pas employé par la gendarmerie : il est salarié de l'association.";
    expect(negated(text, 'salarie')).toBe(false);
  });

  it('questions are marked like quotations: they do not affirm what they ask', () => {
    const at = analyseText('Peut-il assister aux auditions ? Non. Il accueille les victimes.');
    expect(at.quoted[at.tokens.form.indexOf('assister')]).toBe(1);
    expect(at.quoted[at.tokens.form.indexOf('accueille')]).toBe(0);
  });

  it('an indirect question ("demandé si …") is marked like a question, to the end of its sentence', () => {
    const at = analyseText("Vous m'avez demandé si elle pourrait assister aux auditions et rédiger une synthèse. Elle accueille les victimes.");
    expect(at.quoted[at.tokens.form.indexOf('assister')]).toBe(1);
    expect(at.quoted[at.tokens.form.indexOf('synthese')]).toBe(1);
    expect(at.quoted[at.tokens.form.indexOf('accueille')]).toBe(0);
  });

  it('quotations are marked', () => {
    const at = analyseText('Il décline les demandes du type « assiste à l’audition ».');
    expect(at.quoted[at.tokens.form.indexOf('audition')]).toBe(1);
    expect(at.quoted[at.tokens.form.indexOf('decline')]).toBe(0);
  });
});

describe('structure', () => {
  it('classifies headings, list items, paragraphs and blank lines, with line/column mapping', () => {
    const at = analyseText('# Missions\n- accueil\n\nTexte\nTITRE EN CAPITALES');
    expect(at.lines.map((l) => l.kind)).toEqual(['heading', 'item', 'blank', 'text', 'heading']);
    const i = at.tokens.form.indexOf('texte');
    expect(at.tokenLine[i]).toBe(3);
  });
});

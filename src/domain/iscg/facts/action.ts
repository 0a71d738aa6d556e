/**
 * Derived facts of the `action` subject: length of the follow-up, public employer.
 * @module
 */
import type { DerivedFact } from '../../../core/types.js';
import { calendarDaysBetween } from './calendar.js';
import { defineFact, isPublicEmployerKind, read } from './read.js';

/** Derived facts of an action, by name (rule files use these names). */
export const actionFacts: Record<string, DerivedFact> = {
  followUpDays: defineFact(
    "Durée du suivi en jours calendaires, du début du suivi (followUp.startedOn) à la date de l'acte ; absent sans suivi",
    (document) => {
      const startedOn = read(document, 'followUp', 'startedOn');
      const date = read(document, 'date');
      return typeof startedOn === 'string' && typeof date === 'string' ? calendarDaysBetween(startedOn, date) : undefined;
    },
  ),
  workerEmployerIsPublic: defineFact("L'employeur de l'intervenant est public ; absent si l'intervenant n'est pas décrit", (document) =>
    isPublicEmployerKind(read(document, 'worker', 'employer', 'kind')),
  ),
};

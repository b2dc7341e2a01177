import type { Rule } from './rule.js';
import actionMeasurable from './action-measurable.js';
import benchmarkPosition from './benchmark-position.js';
import businessHoursCalendar from './business-hours-calendar.js';
import calendarHolidaysExpire from './calendar-holidays-expire.js';
import escalationFinal from './escalation-final.js';
import escalationOrder from './escalation-order.js';
import escalationOwner from './escalation-owner.js';
import calendarHours from './calendar-hours.js';
import changeHistory from './change-history.js';
import goalHasAction from './goal-has-action.js';
import goalMissionLink from './goal-mission-link.js';
import impossibleValue from './impossible-value.js';
import kpiBenchmark from './kpi-benchmark.js';
import pilotBeforeRollout from './pilot-before-rollout.js';
import pilotInformsCustomers from './pilot-informs-customers.js';
import pilotSuccessCriteria from './pilot-success-criteria.js';
import referenceResolves from './reference-resolves.js';
import resolutionAfterResponse from './resolution-after-response.js';
import reviewCadence from './review-cadence.js';
import reviewOverdue from './review-overdue.js';
import reviewDates from './review-dates.js';
import rolloutBriefsOwners from './rollout-briefs-owners.js';
import rolloutDates from './rollout-dates.js';
import standardChannel from './standard-channel.js';
import standardPauses from './standard-pauses.js';
import standardTextFigures from './standard-text-figures.js';
import textLanguages from './text-languages.js';
import translationMissing from './translation-missing.js';
import uniqueIds from './unique-ids.js';
import vagueStandard from './vague-standard.js';

/** Every semantic rule, by id, in the order their findings are listed. */
export const RULES: readonly Rule[] = [
  uniqueIds,
  referenceResolves,
  goalHasAction,
  goalMissionLink,
  actionMeasurable,
  vagueStandard,
  standardTextFigures,
  impossibleValue,
  textLanguages,
  translationMissing,
  resolutionAfterResponse,
  standardChannel,
  standardPauses,
  businessHoursCalendar,
  calendarHours,
  escalationOrder,
  escalationOwner,
  escalationFinal,
  pilotInformsCustomers,
  pilotSuccessCriteria,
  pilotBeforeRollout,
  rolloutBriefsOwners,
  rolloutDates,
  reviewCadence,
  reviewOverdue,
  calendarHolidaysExpire,
  reviewDates,
  changeHistory,
  kpiBenchmark,
  benchmarkPosition,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.meta.id, rule]));

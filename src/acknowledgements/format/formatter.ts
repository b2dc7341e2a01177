import { say, type Lang } from '../../i18n/index.js';
import { MESSAGES } from '../../i18n/messages.js';
import { ACK_MESSAGES } from '../messages.js';
import type { AcknowledgementReport, PersonStatus } from '../status.js';

export interface AckFormatOptions {
  lang: Lang;
  color: boolean;
  /** Role names in the output language, by id. */
  roleNames: Readonly<Record<string, string>>;
}

export type AckFormatter = (report: AcknowledgementReport, options: AckFormatOptions) => string;

/** Who still has something to do, or did it late: the people a report is for. */
export const needsAttention = (person: PersonStatus) => person.status !== 'acknowledged';

export const contact = (person: PersonStatus) => person.email ?? person.id ?? '';

export function headingLine(report: AcknowledgementReport, lang: Lang): string {
  return say(lang, ACK_MESSAGES.heading, { policy: report.policy, version: report.version, by: report.by ?? say(lang, ACK_MESSAGES.noDeadline), today: report.today });
}

export function roleLine(report: AcknowledgementReport['roles'][number], options: AckFormatOptions): string {
  const done = report.people.filter((p) => p.status === 'acknowledged' || p.status === 'acknowledged-late').length;
  const role = `${options.roleNames[report.role] ?? report.role} (${report.role})`;
  return say(options.lang, ACK_MESSAGES.roleLine, { role, done, total: report.people.length });
}

export function summaryLine(report: AcknowledgementReport, lang: Lang): string {
  const people = report.roles.flatMap((role) => role.people);
  const late = people.filter((p) => p.status === 'late').length;
  const pending = people.filter((p) => p.status === 'pending').length;
  const parts = [late > 0 ? say(lang, ACK_MESSAGES.late, { count: late }) : '', pending > 0 ? say(lang, ACK_MESSAGES.pending, { count: pending }) : '', report.notConcerned > 0 ? say(lang, ACK_MESSAGES.notConcerned, { count: report.notConcerned }) : ''].filter(Boolean);
  return late + pending === 0 ? [say(lang, ACK_MESSAGES.everyone), ...parts].join(say(lang, MESSAGES.comma)) : parts.join(say(lang, MESSAGES.comma));
}

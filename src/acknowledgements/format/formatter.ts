import { plural, type Lang } from '../../i18n/index.js';
import { ACK_LABELS } from '../messages.js';
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
  const labels = ACK_LABELS[lang];
  return labels.heading.replace('{policy}', report.policy).replace('{version}', report.version).replace('{by}', report.by ?? labels.noDeadline).replace('{today}', report.today);
}

export function roleLine(report: AcknowledgementReport['roles'][number], options: AckFormatOptions): string {
  const done = report.people.filter((p) => p.status === 'acknowledged' || p.status === 'acknowledged-late').length;
  const role = `${options.roleNames[report.role] ?? report.role} (${report.role})`;
  return ACK_LABELS[options.lang].roleLine.replace('{role}', role).replace('{done}', String(done)).replace('{total}', String(report.people.length));
}

export function summaryLine(report: AcknowledgementReport, lang: Lang): string {
  const labels = ACK_LABELS[lang];
  const people = report.roles.flatMap((role) => role.people);
  const late = people.filter((p) => p.status === 'late').length;
  const pending = people.filter((p) => p.status === 'pending').length;
  const parts = [late > 0 ? plural(lang, late, labels.late) : '', pending > 0 ? plural(lang, pending, labels.pending) : '', report.notConcerned > 0 ? plural(lang, report.notConcerned, labels.notConcerned) : ''].filter(Boolean);
  return late + pending === 0 ? [labels.everyone, ...parts].join(labels.comma) : parts.join(labels.comma);
}

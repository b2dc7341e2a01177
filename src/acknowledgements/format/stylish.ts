import { painter } from '../../report/color.js';
import { say } from '../../i18n/index.js';
import { ACK_MESSAGES } from '../messages.js';
import type { PersonStatus } from '../status.js';
import { contact, headingLine, needsAttention, roleLine, summaryLine, type AckFormatter } from './formatter.js';
import { terminalFormat } from '../../report/terminal.js';

const COLORS = { acknowledged: 'green', 'acknowledged-late': 'yellow', pending: 'yellow', late: 'red' } as const;

/** Per role, the people who have not acknowledged on time, for a terminal. */
export const stylish: AckFormatter = terminalFormat((report, options) => {
  const { lang } = options;
  const status = (s: PersonStatus['status']) => say(lang, ACK_MESSAGES[`status.${s}`]);
  const paint = painter(options.color);
  const width = Math.max(...(['acknowledged', 'acknowledged-late', 'pending', 'late'] as const).map((s) => status(s).length));
  const open = report.roles.flatMap((role) => role.people.filter(needsAttention));
  const nameWidth = Math.max(0, ...open.map((person) => person.name.length));
  const contactWidth = Math.max(0, ...open.map((person) => contact(person).length));
  const out = [headingLine(report, options.lang), ''];
  for (const role of report.roles) {
    out.push(roleLine(role, options));
    const waiting = role.people.filter(needsAttention);
    if (waiting.length === 0 && role.people.length > 0) out.push(`  ${say(lang, ACK_MESSAGES.allDone)}`);
    for (const person of waiting) {
      const note = person.date ?? (person.previous ? say(lang, ACK_MESSAGES.previous, { version: person.previous }) : report.by ? say(lang, ACK_MESSAGES.due, { by: report.by }) : '');
      const columns = [person.name.padEnd(nameWidth), contact(person).padEnd(contactWidth), note];
      out.push(`  ${paint[COLORS[person.status]](status(person.status).padEnd(width))}  ${columns.join('  ').trimEnd()}`);
    }
  }
  return `${out.join('\n')}\n\n${summaryLine(report, options.lang)}\n`;
});

export default stylish;

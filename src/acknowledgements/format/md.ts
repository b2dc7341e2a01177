import { cell } from '../../report/markdown.js';
import { say } from '../../i18n/index.js';
import { ACK_MESSAGES } from '../messages.js';
import { contact, headingLine, needsAttention, roleLine, summaryLine, type AckFormatter } from './formatter.js';
import { terminalFormat } from '../../report/terminal.js';

/** For an issue or a job summary: per role, a table of the people still to acknowledge. */
export const md: AckFormatter = terminalFormat((report, options) => {
  const { lang } = options;
  const out = [`## ${say(lang, ACK_MESSAGES.title)}`, '', cell(headingLine(report, options.lang)), '', cell(summaryLine(report, options.lang)), ''];
  for (const role of report.roles) {
    out.push(`### ${cell(roleLine(role, options))}`, '');
    const open = role.people.filter(needsAttention);
    if (open.length === 0) {
      out.push(say(lang, ACK_MESSAGES.allDone), '');
      continue;
    }
    out.push(`| ${(['col.name', 'col.contact', 'col.status', 'col.date'] as const).map((id) => say(lang, ACK_MESSAGES[id])).join(' | ')} |`, '| --- | --- | --- | --- |');
    for (const person of open) out.push(`| ${cell(person.name)} | ${cell(contact(person))} | ${say(lang, ACK_MESSAGES[`status.${person.status}`])} | ${person.date ?? ''} |`.replace(/ {2,}\|/g, ' |'));
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
});

export default md;

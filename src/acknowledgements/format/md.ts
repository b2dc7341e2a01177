import { cell } from '../../report/markdown.js';
import { ACK_LABELS } from '../messages.js';
import { contact, headingLine, needsAttention, roleLine, summaryLine, type AckFormatter } from './formatter.js';
import { terminalFormat } from '../../report/terminal.js';

/** For an issue or a job summary: per role, a table of the people still to acknowledge. */
export const md: AckFormatter = terminalFormat((report, options) => {
  const labels = ACK_LABELS[options.lang];
  const c = labels.columns;
  const out = [`## ${labels.title}`, '', cell(headingLine(report, options.lang)), '', cell(summaryLine(report, options.lang)), ''];
  for (const role of report.roles) {
    out.push(`### ${cell(roleLine(role, options))}`, '');
    const open = role.people.filter(needsAttention);
    if (open.length === 0) {
      out.push(labels.allDone, '');
      continue;
    }
    out.push(`| ${c.name} | ${c.contact} | ${c.status} | ${c.date} |`, '| --- | --- | --- | --- |');
    for (const person of open) out.push(`| ${cell(person.name)} | ${cell(contact(person))} | ${labels.status[person.status]} | ${person.date ?? ''} |`.replace(/ {2,}\|/g, ' |'));
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
});

export default md;

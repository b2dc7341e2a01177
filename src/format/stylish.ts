import { countBySeverity } from '../core/finding.js';
import { painter } from '../report/color.js';
import { say } from '../i18n/index.js';
import type { Formatter } from './formatter.js';
import { terminalFormat } from '../report/terminal.js';
import { FORMAT_MESSAGES } from './messages.js';

/** For people at a terminal: findings grouped by file, aligned, with a summary line. */
export const stylish: Formatter = terminalFormat((results, { lang, color, skipped = 0 }) => {
  const paint = painter(color);
  const lines: string[] = [];
  for (const { file, findings } of results) {
    if (findings.length === 0) continue;
    lines.push(paint.underline(file));
    const rows = findings.map((f) => ({
      where: `${f.line}:${f.column}`,
      severity: say(lang, f.severity === 'error' ? FORMAT_MESSAGES['severity.error'] : FORMAT_MESSAGES['severity.warning']),
      isError: f.severity === 'error',
      message: f.message,
      ruleId: f.ruleId,
    }));
    const whereWidth = Math.max(...rows.map((r) => r.where.length));
    const severityWidth = Math.max(...rows.map((r) => r.severity.length));
    for (const row of rows) {
      const severity = row.severity.padEnd(severityWidth);
      lines.push(
        `  ${paint.dim(row.where.padEnd(whereWidth))}  ${row.isError ? paint.red(severity) : paint.yellow(severity)}  ${row.message}  ${paint.dim(row.ruleId)}`,
      );
    }
    lines.push('');
  }
  const { errors, warnings } = countBySeverity(results);
  if (errors + warnings === 0) {
    lines.push(paint.green(say(lang, FORMAT_MESSAGES['summary.clean'], { count: results.length })));
  } else {
    const summary = say(lang, FORMAT_MESSAGES['summary.line'], {
      problems: say(lang, FORMAT_MESSAGES['summary.problems'], { count: errors + warnings }),
      errors: say(lang, FORMAT_MESSAGES['summary.errors'], { count: errors }),
      warnings: say(lang, FORMAT_MESSAGES['summary.warnings'], { count: warnings }),
    });
    lines.push(errors > 0 ? paint.red.bold(summary) : paint.yellow.bold(summary));
  }
  if (skipped > 0) lines.push(paint.dim(say(lang, FORMAT_MESSAGES['summary.skipped'], { count: skipped })));
  return `${lines.join('\n')}\n`;
});

export default stylish;

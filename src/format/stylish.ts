import { countBySeverity } from '../core/finding.js';
import { painter } from '../report/color.js';
import { t, tPlural } from '../i18n/index.js';
import type { Formatter } from './formatter.js';
import { terminalFormat } from '../report/terminal.js';

/** For people at a terminal: findings grouped by file, aligned, with a summary line. */
export const stylish: Formatter = terminalFormat((results, { lang, color, skipped = 0 }) => {
  const paint = painter(color);
  const lines: string[] = [];
  for (const { file, findings } of results) {
    if (findings.length === 0) continue;
    lines.push(paint.underline(file));
    const rows = findings.map((f) => ({
      where: `${f.line}:${f.column}`,
      severity: t(lang, f.severity === 'error' ? 'severity.error' : 'severity.warning'),
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
    lines.push(paint.green(tPlural(lang, 'summary.clean', results.length)));
  } else {
    const summary = t(lang, 'summary.line', {
      problems: tPlural(lang, 'summary.problems', errors + warnings),
      errors: tPlural(lang, 'summary.errors', errors),
      warnings: tPlural(lang, 'summary.warnings', warnings),
    });
    lines.push(errors > 0 ? paint.red.bold(summary) : paint.yellow.bold(summary));
  }
  if (skipped > 0) lines.push(paint.dim(tPlural(lang, 'summary.skipped', skipped)));
  return `${lines.join('\n')}\n`;
});

export default stylish;

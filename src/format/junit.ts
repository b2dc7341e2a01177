import type { Formatter } from './formatter.js';

// XML 1.0 forbids most control characters; a hostile key name must not break the report.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

function xml(text: string): string {
  return text
    .replace(INVALID_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** For CI test reports: one suite per file, one failing case per finding, one passing case for a clean file. */
export const junit: Formatter = (results) => {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const total = results.reduce((sum, r) => sum + Math.max(1, r.findings.length), 0);
  const failures = results.reduce((sum, r) => sum + r.findings.length, 0);
  out.push(`<testsuites name="cs-policy" tests="${total}" failures="${failures}" errors="0">`);
  for (const { file, findings } of results) {
    out.push(`  <testsuite name="${xml(file)}" tests="${Math.max(1, findings.length)}" failures="${findings.length}" errors="0">`);
    if (findings.length === 0) out.push(`    <testcase classname="${xml(file)}" name="${xml(file)}"/>`);
    for (const f of findings) {
      out.push(`    <testcase classname="${xml(file)}" name="${xml(`${f.ruleId} ${f.line}:${f.column}`)}">`);
      out.push(`      <failure message="${xml(f.message)}" type="${f.severity}">${xml(`${file}:${f.line}:${f.column} ${f.severity} ${f.message} (${f.ruleId})`)}</failure>`);
      out.push('    </testcase>');
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
};

import { isFailing, pathToString, type Finding } from '../core/finding.js';
import { ciPath } from '../io/repository-root.js';
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

// Whole milliseconds first: toFixed on 0.0155 would round by its binary value, down.
const seconds = (ms: number) => (Math.round(ms) / 1000).toFixed(3);

/** Ant's form (what Jenkins and the common JUnit schemas read): UTC, to the second, without a zone. */
const timestamp = (date: Date) => date.toISOString().slice(0, 19);

/**
 * Reporters key test cases on (classname, name) and merge cases that share both, so each name says
 * which rule, where, and at what place in the document. Findings at one place (the keys a mapping
 * lacks) are told apart by their message, and an exact repeat by a number.
 */
function caseNames(findings: readonly Finding[]): string[] {
  const place = (f: Finding) => `${f.ruleId} ${f.line}:${f.column} ${pathToString(f.path) || '(root)'}`;
  const perPlace = new Map<string, number>();
  for (const f of findings) perPlace.set(place(f), (perPlace.get(place(f)) ?? 0) + 1);
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const name = perPlace.get(place(f))! > 1 ? `${place(f)}: ${f.message.replace(/\s+/g, ' ')}` : place(f);
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return count === 1 ? name : `${name} (${count})`;
  });
}

/**
 * For CI test reports: one suite per file and one case per finding. A finding at or above the
 * failure threshold is a <failure>; one below it passes, with the finding in <system-out>, so that
 * the report fails the build exactly when cs-policy's exit code does. A clean file is one passing case.
 */
export const junit: Formatter = (results, { failOn = 'error', startedAt, cwd, sourceRoot }) => {
  const suites = results.map(({ file, findings, elapsedMs }) => ({
    file: ciPath(file, cwd, sourceRoot),
    findings,
    elapsedMs,
    tests: Math.max(1, findings.length),
    failures: findings.filter((f) => isFailing(f, failOn)).length,
  }));
  const sum = (pick: (suite: (typeof suites)[number]) => number) => suites.reduce((total, suite) => total + pick(suite), 0);
  const timed = suites.every((suite) => suite.elapsedMs !== undefined);
  const time = (ms: number | undefined) => (ms === undefined ? '' : ` time="${seconds(ms)}"`);

  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  out.push(`<testsuites name="cs-policy" tests="${sum((s) => s.tests)}" failures="${sum((s) => s.failures)}" errors="0"${time(timed ? sum((s) => s.elapsedMs!) : undefined)}>`);
  for (const { file, findings, elapsedMs, tests, failures } of suites) {
    const when = startedAt ? ` timestamp="${timestamp(startedAt)}"` : '';
    out.push(`  <testsuite name="${xml(file)}" tests="${tests}" failures="${failures}" errors="0" skipped="0"${time(elapsedMs)}${when}>`);
    if (findings.length === 0) out.push(`    <testcase classname="${xml(file)}" name="${xml(file)}"/>`);
    const names = caseNames(findings);
    findings.forEach((f, i) => {
      const detail = xml(`${file}:${f.line}:${f.column} ${f.severity} ${f.message} (${f.ruleId})`);
      out.push(`    <testcase classname="${xml(file)}" name="${xml(names[i]!)}">`);
      if (isFailing(f, failOn)) out.push(`      <failure message="${xml(f.message)}" type="${f.severity}">${detail}</failure>`);
      else out.push(`      <system-out>${detail}</system-out>`);
      out.push('    </testcase>');
    });
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
};

export default junit;

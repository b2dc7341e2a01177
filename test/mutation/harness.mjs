// The mutation harness: applies each edit of edits.mjs to a copy of a shipped example, validates
// the result and sorts the outcome. Pure: the caller passes the examples' text and a lint function,
// so that scripts/mutation.mjs runs it on the bundled core and a vitest test on the sources.

/** The fixed day the mutants are validated on, so that the share does not drift with the calendar. */
export const MUTATION_TODAY = '2026-12-01';

/**
 * Applies one edit to a file's text. An edit names the line it changes by a piece of text found on
 * exactly one line (`nth` picks among several), and replaces `from` with `to` on that line; `to`
 * may hold line breaks, to add lines after it. Returns the new text and the 1-based lines that
 * were changed or added.
 */
export function applyEdit(text, edit) {
  const lines = text.split('\n');
  const hits = [];
  lines.forEach((line, i) => {
    if (line.includes(edit.at)) hits.push(i);
  });
  const index = edit.nth === undefined ? (hits.length === 1 ? hits[0] : undefined) : hits[edit.nth];
  if (index === undefined) throw new Error(`edit "${edit.what}": "${edit.at}" is on ${hits.length} lines of ${edit.file}`);
  const from = edit.from ?? edit.at;
  if (!lines[index].includes(from)) throw new Error(`edit "${edit.what}": "${from}" is not on line ${index + 1} of ${edit.file}`);
  const replaced = lines[index].replace(from, edit.to).split('\n');
  lines.splice(index, 1, ...replaced);
  const changed = replaced.map((_, k) => index + 1 + k);
  let expected = changed;
  if (typeof edit.expect === 'number') expected = [index + 1 + edit.expect];
  else if (edit.expect !== undefined) {
    const at = lines.findIndex((line) => line.includes(edit.expect));
    if (at === -1) throw new Error(`edit "${edit.what}": the expected line "${edit.expect}" is not in the mutant`);
    expected = [at + 1];
  }
  return { text: lines.join('\n'), changed, expected };
}

/**
 * Runs every edit. `files` maps an example's short name to { path, text }; `lint(text, path)`
 * returns findings with a `line`. A careless edit is caught when a finding is on its line (or on
 * the line it names in `expect`), caught elsewhere when findings are only on other lines, missed
 * when there is none; a harmless edit is flagged by any finding.
 */
export function runMutation({ files, edits, lint }) {
  const baseline = [];
  for (const [name, file] of Object.entries(files)) {
    const findings = lint(file.text, file.path);
    if (findings.length > 0) baseline.push({ file: name, findings });
  }
  const results = edits.map((edit) => {
    const file = files[edit.file];
    if (!file) throw new Error(`edit "${edit.what}": no example named ${edit.file}`);
    const mutant = applyEdit(file.text, edit);
    const findings = lint(mutant.text, file.path);
    let outcome;
    if (edit.kind === 'harmless') outcome = findings.length === 0 ? 'clean' : 'flagged';
    else if (findings.some((finding) => mutant.expected.includes(finding.line))) outcome = 'caught';
    else outcome = findings.length > 0 ? 'elsewhere' : 'missed';
    return { edit, outcome, line: mutant.expected[0], findings };
  });
  const careless = results.filter((r) => r.edit.kind === 'careless');
  const harmless = results.filter((r) => r.edit.kind === 'harmless');
  const count = (list, outcome) => list.filter((r) => r.outcome === outcome).length;
  const summary = {
    careless: careless.length,
    caught: count(careless, 'caught'),
    elsewhere: count(careless, 'elsewhere'),
    missed: count(careless, 'missed'),
    harmless: harmless.length,
    flagged: count(harmless, 'flagged'),
  };
  summary.caughtShare = careless.length === 0 ? 0 : summary.caught / careless.length;
  return { baseline, results, summary };
}

/** The thresholds `npm run mutation` and its test hold the validator to. */
export const MIN_CAUGHT_SHARE = 0.95;

export function passes(summary) {
  return summary.caughtShare >= MIN_CAUGHT_SHARE && summary.flagged === 0;
}

/** The report as `npm run mutation` prints it. */
export function formatReport({ baseline, results, summary }, { verbose = false } = {}) {
  const out = [];
  for (const { file, findings } of baseline) out.push(`example ${file} is not clean: ${findings.map((f) => `${f.line}: ${f.ruleId}`).join(', ')}`);
  const show = (r) => `  ${r.edit.file}:${r.line} ${r.edit.what}${r.findings.length ? ` -> ${r.findings.map((f) => `${f.line} ${f.ruleId}`).join(', ')}` : ''}`;
  const groups = [
    ['caught elsewhere', 'elsewhere'],
    ['missed', 'missed'],
    ['harmless edits flagged', 'flagged'],
  ];
  for (const [title, outcome] of groups) {
    const list = results.filter((r) => r.outcome === outcome);
    if (list.length) out.push(`${title}:`, ...list.map(show));
  }
  if (verbose) out.push('caught:', ...results.filter((r) => r.outcome === 'caught').map(show));
  const pct = (n) => `${((n / Math.max(1, summary.careless)) * 100).toFixed(1)}%`;
  out.push(
    `careless edits: ${summary.careless}; caught on the edited line: ${summary.caught} (${pct(summary.caught)}); caught elsewhere: ${summary.elsewhere}; missed: ${summary.missed}`,
    `harmless edits: ${summary.harmless}; flagged: ${summary.flagged}`,
  );
  return out.join('\n');
}

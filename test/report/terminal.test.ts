/**
 * Text from a user's files never reaches a terminal or a CI log raw: for every command that prints
 * text from its inputs, a value holding an escape sequence (`ESC ]0;...BEL`, which retitles a
 * terminal) and a line break followed by `::error` (a GitHub Actions workflow command) is printed
 * with neither, in each of its formats for terminals and logs (stylish, md, text).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnosticStream } from '../../src/report/terminal.js';
import { ROOT, runCli, tempProject } from '../helpers/run-cli.js';

const HOSTILE = '\u001b]0;pwned\u0007\n::error title=injected::pwned';
/** The same in YAML's double-quoted form, which reads \e, \a and \n as the characters. */
const YAML_HOSTILE = '"\\e]0;pwned\\a\\n::error title=injected::pwned"';
const CSV_HOSTILE = `"${HOSTILE}"`;

const council = readFileSync(join(ROOT, 'policies/council-customer-service.en.yaml'), 'utf8');
const hostileCouncil = council
  .replace('against: "Contact centre sector median"', `against: ${YAML_HOSTILE}`)
  .replace(/^title: .*$/m, `title: ${YAML_HOSTILE}`);
/** The telecom example's first records, so that the audit judges something and gives its report, and one hostile record. */
const TELECOM_CALLS = readFileSync(join(ROOT, 'examples/exports/telecom-complaints.csv'), 'utf8').split('\n').slice(0, 40).join('\n');
const files = {
  'council.yaml': council,
  'hostile.yaml': hostileCouncil,
  'key.yaml': council.replace(/^title: /m, `${YAML_HOSTILE}: 1\ntitle: `),
  [`${HOSTILE}.yaml`]: council,
  't.yaml': readFileSync(join(ROOT, 'policies/telecom-complaints.ar.yaml'), 'utf8'),
  'staff.csv': `${readFileSync(join(ROOT, 'examples/acknowledgements/council-staff.csv'), 'utf8').trimEnd()}\n${CSV_HOSTILE},contact-centre,${CSV_HOSTILE},RC-9999\n`,
  'acks.csv': readFileSync(join(ROOT, 'examples/acknowledgements/council-acks.csv'), 'utf8'),
  'responses.csv': `id,topic,expectation,performance\nr1,${CSV_HOSTILE},3,2\nr2,speed,3,3\n`,
  'calls.csv': `${TELECOM_CALLS}\n1,${CSV_HOSTILE},2026-06-01T08:00:00Z,${CSV_HOSTILE},2026-06-01T08:05:00Z,,,\n`,
};

const CASES: [string, string[], string[]][] = [
  ['validate', ['validate', 'key.yaml', '--today', '2026-06-01'], ['stylish']],
  ['diff', ['diff', 'council.yaml', 'hostile.yaml'], ['stylish', 'md', 'github']],
  ['review', ['review', `${HOSTILE}.yaml`, '--today', '2026-06-01'], ['stylish', 'md']],
  ['acknowledgements', ['acknowledgements', 'council.yaml', 'staff.csv', 'acks.csv', '--today', '2026-04-06'], ['stylish', 'md']],
  ['pilot', ['pilot', 'council.yaml', 'responses.csv', '--today', '2026-03-02'], ['stylish', 'md']],
  ['compare', ['compare', 'hostile.yaml', '--today', '2026-06-01'], ['stylish', 'md']],
  ['audit', ['audit', 't.yaml', 'calls.csv', '--as-of', '2026-07-01'], ['stylish', 'md']],
  ['export', ['export', 'zendesk', 'hostile.yaml', '--today', '2026-06-01'], ['text']],
];
const rows = CASES.flatMap(([command, args, formats]) => formats.map((format) => ({ command, format, args })));

describe('control characters from the inputs', () => {
  it.each(rows)('$command -f $format prints them escaped', ({ args, format }) => {
    const run = runCli([...args, '-f', format], { cwd: tempProject(files), env: { FORCE_COLOR: '0' } });
    expect(run.stderr).not.toMatch(/internal error/);
    const output = run.stdout + run.stderr;
    // The text did reach the report, only not raw.
    expect(output).toContain('pwned');
    expect(output).not.toContain('\u001b');
    expect(output).not.toContain('\u0007');
    expect(output).not.toMatch(/^\s*::/m);
  });
});

/** What standard error shows of a text written to it. */
function shownOnStandardError(text: string): string {
  const written: string[] = [];
  diagnosticStream({ write: (chunk: string) => written.push(chunk) }).write(text);
  return written.join('');
}

describe('standard error', () => {
  it.each([
    ['an error in red', '\u001b[31mcannot read "p.yaml"\u001b[39m\n', '\u001b[31mcannot read "p.yaml"\u001b[39m\n'],
    ['the progress line', '\r\u001b[2Kread 1,000 rows', '\r\u001b[2Kread 1,000 rows'],
    ['lines and tabs', 'a\n\tb\n', 'a\n\tb\n'],
    ['a retitling sequence', 'cannot read "\u001b]0;pwned\u0007"', 'cannot read "\\u001b]0;pwned\\u0007"'],
    ['a screen clear', '\u001b[2J', '\\u001b[2J'],
    ['a lone carriage return', 'ok\rforged', 'ok\\u000dforged'],
    ['NUL and a C1 control', 'a\u0000b\u009bc', 'a\\u0000b\\u009bc'],
    ['a workflow command after a line break', '"a\n::error::pwned.yaml"', '"a\n:\u200b:error::pwned.yaml"'],
  ])('shows %s as %j', (_name, text, shown) => {
    expect(shownOnStandardError(text)).toBe(shown);
  });

  // Messages that quote their inputs: a file's name, a parser's excerpt of a file, an option typed.
  const quoting: [string, string[], Record<string, string>][] = [
    ['a JSON parser quoting the file', ['import', 'zendesk', 'bad.json'], { 'bad.json': '\u001b]0;pwned\u0007' }],
    ['a missing file by its name', ['validate', `${HOSTILE}.yaml`], {}],
    ['an empty policy by its name', ['review', `${HOSTILE}.yaml`], { [`${HOSTILE}.yaml`]: '' }],
    ['an unknown option', ['validate', `--x${HOSTILE}`], {}],
  ];
  it.each(quoting)('shows them, never obeyed: %s', (_name, args, given) => {
    const run = runCli(args, { cwd: tempProject(given), env: { FORCE_COLOR: '1' } });
    expect(run.status).toBe(2);
    expect(run.stderr).not.toMatch(/internal error/);
    expect(run.stderr).toContain('pwned');
    // Only cs-policy's own colours are left.
    expect(run.stderr.replace(/\u001b\[[0-9;]*m/g, '')).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(run.stderr).not.toMatch(/^\s*::/m);
  });
});

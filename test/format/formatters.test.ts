import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv4 from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { SOURCE_CHECKS } from '../../src/core/checks.js';
import type { FileResult } from '../../src/core/finding.js';
import { VALIDATE_FORMATS } from '../../src/commands/validate.command.js';
import type { FormatOptions } from '../../src/format/formatter.js';
import github from '../../src/format/github.js';
import json from '../../src/format/json.js';
import junit from '../../src/format/junit.js';
import sarif from '../../src/format/sarif.js';
import stylish from '../../src/format/stylish.js';
import { FINGERPRINT_KEY, RULES_HELP_URI, hash64, ruleDescriptor } from '../../src/format/sarif.js';
import { RULES } from '../../src/rules/index.js';
import { OPTIONS, SAMPLE_RESULTS, STARTED_AT } from './sample-results.js';

const FORMATTERS = { stylish, json, junit, sarif, github };

describe('stylish', () => {
  it('groups by file, aligns columns and ends with a summary', () => {
    expect(FORMATTERS.stylish(SAMPLE_RESULTS, OPTIONS)).toBe(
      [
        'policies/broken.yaml',
        '  12:1   error    unknown key "gaols" (did you mean "goals"?)  schema',
        '  40:11  error    the standard "reply" promises "ASAP" instead of a number: <state> the target & its clock  vague-standard',
        // A line break inside a message is a space: the terminal report keeps one line per finding.
        '  7:9    warning  line one line two, 100% sure: yes  kpi-benchmark',
        '',
        '✖ 3 problems (2 errors, 1 warning)',
        '',
      ].join('\n'),
    );
  });

  it('says so when all is clean, with Arabic plurals', () => {
    const clean = [{ file: 'a.yaml', findings: [] }, { file: 'b.yaml', findings: [] }];
    expect(FORMATTERS.stylish(clean, OPTIONS)).toBe('✔ 2 files checked, no problems\n');
    expect(FORMATTERS.stylish(clean, { ...OPTIONS, lang: 'ar' })).toBe('✔ فُحص ملفان، ولا مشكلات\n');
    const three = [...clean, { file: 'c.yaml', findings: [] }];
    expect(FORMATTERS.stylish(three, { ...OPTIONS, lang: 'ar' })).toBe('✔ فُحصت 3 ملفات، ولا مشكلات\n');
  });

  it('summarises in Arabic', () => {
    expect(FORMATTERS.stylish(SAMPLE_RESULTS, { ...OPTIONS, lang: 'ar' }).trimEnd().split('\n').at(-1)).toBe('✖ 3 مشكلات (خطآن، تحذير واحد)');
  });

  it('colours only when asked', () => {
    expect(FORMATTERS.stylish(SAMPLE_RESULTS, { ...OPTIONS, color: true })).toContain('\u001b[31merror');
    expect(FORMATTERS.stylish(SAMPLE_RESULTS, OPTIONS)).not.toContain('\u001b[');
  });
});

describe('json', () => {
  it('is a versioned document with 1-based positions and paths', () => {
    const document = JSON.parse(FORMATTERS.json(SAMPLE_RESULTS, OPTIONS));
    expect(document).toEqual({
      format: 'cs-policy/findings',
      version: 1,
      tool: { name: 'cs-policy', version: '9.9.9' },
      summary: { files: 2, errors: 2, warnings: 1, skipped: 0 },
      files: [
        {
          file: 'policies/broken.yaml',
          findings: SAMPLE_RESULTS[0]!.findings.map(({ file: _file, ...rest }) => rest),
        },
        { file: 'policies/clean.yaml', findings: [] },
      ],
    });
  });
});

describe('junit', () => {
  const options = { ...OPTIONS, startedAt: STARTED_AT };

  it('writes a suite per file with times, a failing case per error, a passing case for a warning and for a clean file', () => {
    expect(FORMATTERS.junit(SAMPLE_RESULTS, options)).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="cs-policy" tests="4" failures="2" errors="0" time="0.016">',
        '  <testsuite name="policies/broken.yaml" tests="3" failures="2" errors="0" skipped="0" time="0.013" timestamp="2026-03-01T08:30:05">',
        '    <testcase classname="policies/broken.yaml" name="schema 12:1 gaols">',
        '      <failure message="unknown key &quot;gaols&quot; (did you mean &quot;goals&quot;?)" type="error">policies/broken.yaml:12:1 error unknown key &quot;gaols&quot; (did you mean &quot;goals&quot;?) (schema)</failure>',
        '    </testcase>',
        '    <testcase classname="policies/broken.yaml" name="vague-standard 40:11 standards[0].text">',
        '      <failure message="the standard &quot;reply&quot; promises &quot;ASAP&quot; instead of a number: &lt;state&gt; the target &amp; its clock" type="error">policies/broken.yaml:40:11 error the standard &quot;reply&quot; promises &quot;ASAP&quot; instead of a number: &lt;state&gt; the target &amp; its clock (vague-standard)</failure>',
        '    </testcase>',
        '    <testcase classname="policies/broken.yaml" name="kpi-benchmark 7:9 goals[0].kpis[0].id">',
        '      <system-out>policies/broken.yaml:7:9 warning line one\nline two, 100% sure: yes (kpi-benchmark)</system-out>',
        '    </testcase>',
        '  </testsuite>',
        '  <testsuite name="policies/clean.yaml" tests="1" failures="0" errors="0" skipped="0" time="0.003" timestamp="2026-03-01T08:30:05">',
        '    <testcase classname="policies/clean.yaml" name="policies/clean.yaml"/>',
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
    );
  });

  /** A second reading of the report: its cases and failures, counted from the elements themselves. */
  function countCases(report: string) {
    const suites = [...report.matchAll(/<testsuite [^>]*tests="(\d+)" failures="(\d+)"[^>]*>([\s\S]*?)<\/testsuite>/g)];
    return suites.map(([, tests, failures, body]) => ({
      claimed: { tests: Number(tests), failures: Number(failures) },
      counted: { tests: body!.match(/<testcase /g)!.length, failures: body!.match(/<failure /g)?.length ?? 0 },
    }));
  }

  it.each([
    ['error', 2],
    ['warning', 3],
  ] as const)('with --fail-on %s, fails exactly the findings that fail the run, and its counts agree', (failOn, failing) => {
    const report = FORMATTERS.junit(SAMPLE_RESULTS, { ...options, failOn });
    for (const { claimed, counted } of countCases(report)) expect(claimed).toEqual(counted);
    expect(report).toContain(`<testsuites name="cs-policy" tests="4" failures="${failing}" errors="0"`);
    const failingBySeverity = SAMPLE_RESULTS.flatMap((r) => r.findings).filter((f) => failOn === 'warning' || f.severity === 'error').length;
    expect(failing).toBe(failingBySeverity);
  });

  it('names every case uniquely, even many findings at one place', () => {
    const at = SAMPLE_RESULTS[0]!.findings[0]!;
    const findings = [
      ...['title', 'organisation', 'languages'].map((key) => ({ ...at, line: 2, column: 1, path: [], message: `missing required key "${key}"` })),
      { ...at, line: 2, column: 1, path: [], message: 'missing required key "title"' },
      ...[0, 1, 2].map((i) => ({ ...at, line: 2, column: 5 + i, path: ['goals', i, 'id'] })),
    ];
    const report = FORMATTERS.junit([{ file: 'p.yaml', findings }], options);
    const names = [...report.matchAll(/<testcase classname="p.yaml" name="([^"]*)"/g)].map((m) => m[1]);
    expect(names).toEqual([
      'schema 2:1 (root): missing required key &quot;title&quot;',
      'schema 2:1 (root): missing required key &quot;organisation&quot;',
      'schema 2:1 (root): missing required key &quot;languages&quot;',
      'schema 2:1 (root): missing required key &quot;title&quot; (2)',
      'schema 2:5 goals[0].id',
      'schema 2:6 goals[1].id',
      'schema 2:7 goals[2].id',
    ]);
  });

  it('replaces characters XML cannot hold', () => {
    const hostile = [{ file: 'x.yaml', findings: [{ ...SAMPLE_RESULTS[0]!.findings[0]!, message: 'bad \u0001 key' }] }];
    expect(FORMATTERS.junit(hostile, OPTIONS)).toContain('message="bad \uFFFD key"');
  });
});

describe('github', () => {
  it('writes escaped workflow commands, then the full list as plain lines', () => {
    expect(FORMATTERS.github(SAMPLE_RESULTS, OPTIONS)).toBe(
      [
        '::error file=policies/broken.yaml,line=12,endLine=12,col=1,endColumn=6,title=cs-policy schema::unknown key "gaols" (did you mean "goals"?)',
        '::error file=policies/broken.yaml,line=40,endLine=40,col=11,endColumn=25,title=cs-policy vague-standard::the standard "reply" promises "ASAP" instead of a number: <state> the target & its clock',
        '::warning file=policies/broken.yaml,line=7,endLine=7,col=9,endColumn=20,title=cs-policy kpi-benchmark::line one%0Aline two, 100%25 sure: yes',
        'policies/broken.yaml:12:1: error: unknown key "gaols" (did you mean "goals"?) (schema)',
        'policies/broken.yaml:40:11: error: the standard "reply" promises "ASAP" instead of a number: <state> the target & its clock (vague-standard)',
        'policies/broken.yaml:7:9: warning: line one line two, 100% sure: yes (kpi-benchmark)',
        '2 errors, 1 warning',
        '',
      ].join('\n'),
    );
  });

  it('escapes commas and colons in properties', () => {
    const odd = [{ file: 'a,b:c.yaml', findings: [SAMPLE_RESULTS[0]!.findings[0]!] }];
    expect(FORMATTERS.github(odd, OPTIONS)).toContain('file=a%2Cb%3Ac.yaml,');
  });
});

describe('sarif', () => {
  const sarifSchema = JSON.parse(readFileSync(new URL('../fixtures/schemas/sarif-schema-2.1.0.json', import.meta.url), 'utf8'));
  // ajv-draft-04 is CommonJS: its default import is the module, whose .default is the class.
  const ajv = new Ajv4.default({ allErrors: true, strict: false, validateFormats: false });
  const validateSarif = ajv.compile(sarifSchema);
  const root = resolve('/work/repo');
  const inRepo = { ...OPTIONS, cwd: root, sourceRoot: root };
  const sarifOf = (results: readonly FileResult[], options: FormatOptions = inRepo) => JSON.parse(FORMATTERS.sarif(results, options));

  it('is valid against the official SARIF 2.1.0 schema', () => {
    const log = sarifOf(SAMPLE_RESULTS);
    expect(validateSarif(log), JSON.stringify(validateSarif.errors, null, 2)).toBe(true);
  });

  it('carries every rule with its description, and locates results from the repository root', () => {
    const log = sarifOf(SAMPLE_RESULTS);
    const driver = log.runs[0].tool.driver;
    expect(driver.name).toBe('cs-policy');
    for (const rule of RULES) {
      const entry = driver.rules.find((r: { id: string }) => r.id === rule.meta.id);
      expect(entry.shortDescription.text).toBe(rule.meta.description.en);
      expect(entry.defaultConfiguration.level).toBe(rule.meta.severity);
    }
    expect(log.runs[0].originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: `${pathToFileURL(root).href}/` } });
    expect(log.runs[0].results[1]).toEqual({
      ruleId: 'vague-standard',
      ruleIndex: driver.rules.findIndex((r: { id: string }) => r.id === 'vague-standard'),
      level: 'error',
      message: { text: SAMPLE_RESULTS[0]!.findings[1]!.message },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'policies/broken.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 40, startColumn: 11, endLine: 40, endColumn: 25 } } }],
      partialFingerprints: { [FINGERPRINT_KEY]: expect.stringMatching(/^[0-9a-f]{16}$/) },
    });
  });

  it.each([
    ['the repository root', '.', 'policies/a.yaml', 'policies/a.yaml'],
    ['a subfolder', 'docs', '../policies/a.yaml', 'policies/a.yaml'],
    ['a subfolder, on a file below it', 'policies', 'a b/ü.yaml', 'policies/a%20b/%C3%BC.yaml'],
  ])('points at the file from the repository root when run from %s', (_name, from, file, uri) => {
    const log = sarifOf([{ file, findings: [{ ...SAMPLE_RESULTS[0]!.findings[0]!, file }] }], { ...OPTIONS, cwd: join(root, from), sourceRoot: root });
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri, uriBaseId: '%SRCROOT%' });
  });

  it('gives a file outside the repository its absolute URI', () => {
    const file = '../../elsewhere/p.yaml';
    const log = sarifOf([{ file, findings: [{ ...SAMPLE_RESULTS[0]!.findings[0]!, file }] }], { ...OPTIONS, cwd: join(root, 'docs'), sourceRoot: root });
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: pathToFileURL(resolve(root, 'docs', file)).href });
  });

  it('keeps a fingerprint when lines move, and tells apart rules, files, places and repeats', () => {
    const finding = SAMPLE_RESULTS[0]!.findings[1]!;
    const print = (results: FileResult[]) => sarifOf(results).runs[0].results.map((r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints[FINGERPRINT_KEY]);
    const [original] = print([{ file: 'p.yaml', findings: [finding] }]);
    const [moved] = print([{ file: 'p.yaml', findings: [{ ...finding, line: 90, endLine: 90, column: 3, endColumn: 9 }] }]);
    expect(moved).toBe(original);
    const others = [
      ...print([{ file: 'p.yaml', findings: [{ ...finding, ruleId: 'schema' }] }]),
      ...print([{ file: 'q.yaml', findings: [finding] }]),
      ...print([{ file: 'p.yaml', findings: [{ ...finding, path: ['standards', 1, 'text'] }] }]),
      ...print([{ file: 'p.yaml', findings: [finding, { ...finding, line: 41 }] }]),
    ];
    expect(new Set([original, ...others]).size).toBe(5);
    expect(others.at(-2)).toBe(original);
  });

  it('spreads fingerprints: no two of 20,000 places collide', () => {
    const prints = new Set<string>();
    for (let i = 0; i < 20_000; i++) prints.add(hash64(JSON.stringify(['schema', 'p.yaml', ['goals', i, 'id'], 0])));
    expect(prints.size).toBe(20_000);
  });

  it('names rules in PascalCase, never as their id, with help that shows a fix and links to the rules table', () => {
    const rules = sarifOf(SAMPLE_RESULTS).runs[0].tool.driver.rules as { id: string; name: string; helpUri: string; help: { text: string; markdown: string } }[];
    const metas = [...SOURCE_CHECKS, ...RULES.map((rule) => rule.meta)];
    expect(rules.map((r) => r.id)).toEqual(metas.map((meta) => meta.id));
    for (const [i, rule] of rules.entries()) {
      expect(rule.name).toMatch(/^([A-Z][a-z]*)+$/);
      expect(rule.name.toLowerCase()).not.toBe(rule.id.toLowerCase());
      expect(rule.helpUri).toBe(RULES_HELP_URI);
      const help = metas[i]!.help;
      if (help) expect(rule.help.markdown).toContain(`\`\`\`yaml\n${help.fix}\n\`\`\``);
      expect(rule.help.markdown).toContain(`(${RULES_HELP_URI})`);
    }
    expect(rules.find((r) => r.id === 'schema')!.name).toBe('PolicySchema');
    expect(rules.find((r) => r.id === 'resolution-after-response')!.name).toBe('ResolutionAfterResponse');
  });

  it('describes a rule without help from its description alone', () => {
    const meta = { id: 'new-rule', severity: 'warning' as const, description: { en: 'A new rule.', ar: 'قاعدة جديدة.' } };
    expect(ruleDescriptor(meta, 'en')).toEqual({
      id: 'new-rule',
      name: 'NewRule',
      shortDescription: { text: 'A new rule.' },
      fullDescription: { text: 'A new rule.' },
      help: { text: 'A new rule.', markdown: `A new rule.\n\n[Every rule of cs-policy](${RULES_HELP_URI})` },
      helpUri: RULES_HELP_URI,
      defaultConfiguration: { level: 'warning' },
    });
  });

  it('records no overrides when the config changes nothing', () => {
    const log = sarifOf(SAMPLE_RESULTS, { ...inRepo, ruleSettings: { 'kpi-benchmark': 'warning' } });
    expect(log.runs[0].invocations).toEqual([{ executionSuccessful: true }]);
  });

  it('follows --lang in the run and in the rules', () => {
    const log = sarifOf(SAMPLE_RESULTS, { ...inRepo, lang: 'ar' });
    expect(validateSarif(log)).toBe(true);
    expect(log.runs[0].language).toBe('ar');
    expect(sarifOf(SAMPLE_RESULTS).runs[0].language).toBe('en');
    expect(log.runs[0].tool.driver.rules[0].shortDescription.text).toMatch(/[\u0600-\u06FF]/);
    expect(log.runs[0].tool.driver.rules[0].help.markdown).toContain('مثال:');
  });

  it('leaves out a rule the project config turns off, and records every override', () => {
    const log = sarifOf(SAMPLE_RESULTS, { ...inRepo, ruleSettings: { 'kpi-benchmark': 'off', 'vague-standard': 'warning', 'review-overdue': 'warning' } });
    expect(validateSarif(log), JSON.stringify(validateSarif.errors, null, 2)).toBe(true);
    const ids = log.runs[0].tool.driver.rules.map((r: { id: string }) => r.id);
    expect(log.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual(['schema', 'vague-standard']);
    expect(log.runs[0].invocations).toEqual([
      {
        executionSuccessful: true,
        ruleConfigurationOverrides: [
          { descriptor: { id: 'vague-standard', index: ids.indexOf('vague-standard') }, configuration: { level: 'warning' } },
          { descriptor: { id: 'kpi-benchmark', index: ids.indexOf('kpi-benchmark') }, configuration: { enabled: false } },
        ],
      },
    ]);
  });
});

describe('the registry', () => {
  it('offers exactly the formatters it holds', async () => {
    expect(VALIDATE_FORMATS.names).toEqual(['stylish', 'json', 'junit', 'sarif', 'github']);
    for (const name of VALIDATE_FORMATS.names) expect(await VALIDATE_FORMATS.load(name)).toBe(FORMATTERS[name]);
  });
});

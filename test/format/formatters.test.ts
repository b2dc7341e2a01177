import { readFileSync } from 'node:fs';
import Ajv4 from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { FORMATTERS, FORMAT_NAMES } from '../../src/format/index.js';
import { RULES } from '../../src/rules/index.js';
import { OPTIONS, SAMPLE_RESULTS } from './sample-results.js';

describe('stylish', () => {
  it('groups by file, aligns columns and ends with a summary', () => {
    expect(FORMATTERS.stylish(SAMPLE_RESULTS, OPTIONS)).toBe(
      [
        'policies/broken.yaml',
        '  12:1   error    unknown key "gaols" (did you mean "goals"?)  schema',
        '  40:11  error    the standard "reply" promises "ASAP" instead of a number: <state> the target & its clock  vague-standard',
        '  7:9    warning  line one\nline two, 100% sure: yes  kpi-benchmark',
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
      summary: { files: 2, errors: 2, warnings: 1 },
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
  it('writes a suite per file, a failing case per finding and a passing case for a clean file', () => {
    expect(FORMATTERS.junit(SAMPLE_RESULTS, OPTIONS)).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="cs-policy" tests="4" failures="3" errors="0">',
        '  <testsuite name="policies/broken.yaml" tests="3" failures="3" errors="0">',
        '    <testcase classname="policies/broken.yaml" name="schema 12:1">',
        '      <failure message="unknown key &quot;gaols&quot; (did you mean &quot;goals&quot;?)" type="error">policies/broken.yaml:12:1 error unknown key &quot;gaols&quot; (did you mean &quot;goals&quot;?) (schema)</failure>',
        '    </testcase>',
        '    <testcase classname="policies/broken.yaml" name="vague-standard 40:11">',
        '      <failure message="the standard &quot;reply&quot; promises &quot;ASAP&quot; instead of a number: &lt;state&gt; the target &amp; its clock" type="error">policies/broken.yaml:40:11 error the standard &quot;reply&quot; promises &quot;ASAP&quot; instead of a number: &lt;state&gt; the target &amp; its clock (vague-standard)</failure>',
        '    </testcase>',
        '    <testcase classname="policies/broken.yaml" name="kpi-benchmark 7:9">',
        '      <failure message="line one\nline two, 100% sure: yes" type="warning">policies/broken.yaml:7:9 warning line one\nline two, 100% sure: yes (kpi-benchmark)</failure>',
        '    </testcase>',
        '  </testsuite>',
        '  <testsuite name="policies/clean.yaml" tests="1" failures="0" errors="0">',
        '    <testcase classname="policies/clean.yaml" name="policies/clean.yaml"/>',
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
    );
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

  it('is valid against the official SARIF 2.1.0 schema', () => {
    const log = JSON.parse(FORMATTERS.sarif(SAMPLE_RESULTS, OPTIONS));
    expect(validateSarif(log), JSON.stringify(validateSarif.errors, null, 2)).toBe(true);
  });

  it('carries every rule with its description, and locates results', () => {
    const log = JSON.parse(FORMATTERS.sarif(SAMPLE_RESULTS, OPTIONS));
    const driver = log.runs[0].tool.driver;
    expect(driver.name).toBe('cs-policy');
    for (const rule of RULES) {
      const entry = driver.rules.find((r: { id: string }) => r.id === rule.meta.id);
      expect(entry.shortDescription.text).toBe(rule.meta.description.en);
      expect(entry.defaultConfiguration.level).toBe(rule.meta.severity);
    }
    expect(log.runs[0].results[1]).toEqual({
      ruleId: 'vague-standard',
      ruleIndex: driver.rules.findIndex((r: { id: string }) => r.id === 'vague-standard'),
      level: 'error',
      message: { text: SAMPLE_RESULTS[0]!.findings[1]!.message },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'policies/broken.yaml' }, region: { startLine: 40, startColumn: 11, endLine: 40, endColumn: 25 } } }],
    });
  });

  it('describes rules in Arabic when asked', () => {
    const log = JSON.parse(FORMATTERS.sarif(SAMPLE_RESULTS, { ...OPTIONS, lang: 'ar' }));
    expect(validateSarif(log)).toBe(true);
    expect(log.runs[0].tool.driver.rules[0].shortDescription.text).toMatch(/[\u0600-\u06FF]/);
  });
});

describe('the registry', () => {
  it('offers exactly the formatters it holds', () => {
    expect(FORMAT_NAMES).toEqual(['stylish', 'json', 'junit', 'sarif', 'github']);
  });
});

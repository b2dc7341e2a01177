import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FileResult } from '../../src/core/finding.js';
import type { FormatOptions } from '../../src/format/formatter.js';
import { github } from '../../src/format/github.js';
import { json } from '../../src/format/json.js';
import { junit } from '../../src/format/junit.js';
import { sarif } from '../../src/format/sarif.js';
import { OPTIONS, SAMPLE_RESULTS } from './sample-results.js';

const root = resolve('/work/repo');
const finding = SAMPLE_RESULTS[0]!.findings[0]!;
const resultFor = (file: string): FileResult[] => [{ file, findings: [{ ...finding, file }], elapsedMs: 1 }];

/** The file path each CI format reports, read back from its output. */
const reported: Record<'github' | 'sarif' | 'junit' | 'json', (results: FileResult[], options: FormatOptions) => string> = {
  github: (results, options) => /^::error file=([^,]*),/.exec(github(results, options))![1]!,
  sarif: (results, options) => JSON.parse(sarif(results, options)).runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri,
  junit: (results, options) => /<testsuite name="([^"]*)"/.exec(junit(results, options))![1]!,
  json: (results, options) => JSON.parse(json(results, options)).files[0].file,
};

describe('paths in the CI formats', () => {
  // [ran in, the path as shown there, the path every CI format reports]
  const cases: [string, string, string][] = [
    ['.', 'policies/a.yaml', 'policies/a.yaml'],
    ['policies', 'a.yaml', 'policies/a.yaml'],
    ['docs', '../policies/a.yaml', 'policies/a.yaml'],
    ['policies/team', '../b.yaml', 'policies/b.yaml'],
  ];
  for (const format of Object.keys(reported) as (keyof typeof reported)[]) {
    it.each(cases)(`${format}: run in %s, "%s" is reported as %s`, (from, file, expected) => {
      expect(reported[format](resultFor(file), { ...OPTIONS, cwd: join(root, from), sourceRoot: root })).toBe(expected);
    });
  }

  it.each(['github', 'junit', 'json'] as const)('%s keeps the path as shown for a file outside the repository', (format) => {
    expect(reported[format](resultFor('../../elsewhere/p.yaml'), { ...OPTIONS, cwd: join(root, 'docs'), sourceRoot: root })).toBe('../../elsewhere/p.yaml');
  });

  it.each(['github', 'junit', 'json'] as const)('%s outside any repository reports from the working folder (the root is the working folder)', (format) => {
    expect(reported[format](resultFor('a.yaml'), { ...OPTIONS, cwd: join(root, 'policies'), sourceRoot: join(root, 'policies') })).toBe('a.yaml');
  });
});

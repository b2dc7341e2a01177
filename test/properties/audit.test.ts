import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { PROPERTY_OPTIONS, fc } from '../helpers/fast-check.js';
import { ROOT } from '../helpers/run-cli.js';
import { COMMAND_PROPERTY_TIMEOUT, arbitraryText, expectUnchanged, expectWellBehaved, headLines, mutatedJson, mutatedText, runMain, scratch, snapshot } from './harness.js';

const example = (name: string) => readFileSync(join(ROOT, 'examples', 'exports', name), 'utf8');

/**
 * Each export format audit reads, from the shipped examples: the policy it belongs to, the file
 * cut to its header and a few records (a case stays quick), and the options it is audited with.
 */
const SOURCES = [
  {
    name: 'CSV', file: 'export.csv', policy: 'council-customer-service.en.yaml', options: [] as string[],
    base: headLines(example('council-customer-service.csv'), 8),
  },
  {
    name: 'Freshdesk CSV', file: 'export.csv', policy: 'bank-complaints.bilingual.yaml', options: ['--source', 'freshdesk', '--map', 'map.yaml'],
    base: headLines(example('bank-complaints.freshdesk.csv'), 8), map: example('bank-complaints.freshdesk-map.yaml'),
  },
  {
    name: 'Zendesk JSON', file: 'export.json', policy: 'council-customer-service.en.yaml', options: ['--source', 'zendesk', '--map', 'map.yaml'],
    base: zendeskSample(), map: example('council-customer-service.zendesk-map.yaml'),
  },
];

/** The Zendesk example with its first tickets and what belongs to them (metric sets, audits), so that a case stays small. */
function zendeskSample(): string {
  const data = JSON.parse(example('council-customer-service.zendesk.json')) as Record<string, unknown>;
  const cut = Object.fromEntries(Object.entries(data).map(([key, value]) => [key, Array.isArray(value) ? value.slice(0, 4) : value]));
  return JSON.stringify(cut, null, 2);
}

describe('audit on arbitrary and mutated ticket exports', { timeout: COMMAND_PROPERTY_TIMEOUT }, () => {
  const folder = scratch();
  afterAll(() => folder.remove());

  it.each(SOURCES)('$name: the report, or a located message with exit 2; no other file written', async (source) => {
    folder.write('policy.yaml', readFileSync(join(ROOT, 'policies', source.policy)));
    if (source.map) folder.write('map.yaml', source.map);
    const content = fc.oneof(
      { weight: 1, arbitrary: arbitraryText(source.base.split(/[,\n]/).slice(0, 40)) },
      { weight: 3, arbitrary: mutatedText(source.base) },
      ...(source.file.endsWith('.json') ? [{ weight: 3, arbitrary: mutatedJson(JSON.parse(source.base)).map((data) => JSON.stringify(data)) }] : []),
    );
    await fc.assert(
      fc.asyncProperty(content, fc.constantFrom('stylish', 'json', 'md', 'html'), async (text, format) => {
        folder.write(source.file, text);
        const files = snapshot(folder.dir);
        const run = await runMain(['audit', 'policy.yaml', source.file, ...source.options, '--as-of', '2026-07-01', '-f', format, '-o', 'report.out'], folder.dir);
        // A message about the input names its file; "nothing to judge" is about the whole audit, and says why.
        expectWellBehaved(run, /export\.(csv|json)|map\.yaml|^nothing to judge: .+ because /);
        expectUnchanged(files, folder.dir, ['report.out']);
      }),
      PROPERTY_OPTIONS,
    );
  });
});

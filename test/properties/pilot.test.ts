import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { PROPERTY_OPTIONS, fc } from '../helpers/fast-check.js';
import { ROOT } from '../helpers/run-cli.js';
import { COMMAND_PROPERTY_TIMEOUT, arbitraryText, expectUnchanged, expectWellBehaved, headLines, mutatedJson, mutatedText, runMain, scratch, snapshot } from './harness.js';

const RESPONSES = headLines(readFileSync(join(ROOT, 'examples', 'pilot', 'council-responses.csv'), 'utf8'), 30);
const AUDIT = JSON.parse(readFileSync(join(ROOT, 'examples', 'pilot', 'council-audit.json'), 'utf8')) as unknown;
const POLICY = readFileSync(join(ROOT, 'policies', 'council-customer-service.en.yaml'));

const responses = fc.oneof(
  { weight: 1, arbitrary: arbitraryText(['id,topic,channel,expectation,performance,recommend,comment\n', 'r001', 'phone', 'first-contact', '3', '7']) },
  { weight: 3, arbitrary: mutatedText(RESPONSES) },
);

describe('pilot on arbitrary and mutated responses', { timeout: COMMAND_PROPERTY_TIMEOUT }, () => {
  const folder = scratch();
  afterAll(() => folder.remove());

  it('gives its report or a located message; the policy is left as it was', async () => {
    folder.write('policy.yaml', POLICY);
    await fc.assert(
      fc.asyncProperty(responses, fc.constantFrom('stylish', 'json', 'md', 'html'), fc.constantFrom('1-5', '1-7', '1-10', undefined), async (text, format, scale) => {
        folder.write('responses.csv', text);
        const files = snapshot(folder.dir);
        const run = await runMain(['pilot', 'policy.yaml', 'responses.csv', '--kpi', 'calls-answered-30s=83', '--today', '2026-03-02', '-f', format, ...(scale ? ['--scale', scale] : [])], folder.dir);
        expectWellBehaved(run, /responses\.csv/);
        expectUnchanged(files, folder.dir);
      }),
      PROPERTY_OPTIONS,
    );
  });

  it('reads any audit report given to --audit the same way', async () => {
    folder.write('policy.yaml', POLICY);
    folder.write('responses.csv', RESPONSES);
    const audit = fc.oneof(mutatedJson(AUDIT).map((data) => JSON.stringify(data)), mutatedText(JSON.stringify(AUDIT, null, 1)));
    await fc.assert(
      fc.asyncProperty(audit, async (text) => {
        folder.write('audit.json', text);
        const files = snapshot(folder.dir);
        const run = await runMain(['pilot', 'policy.yaml', 'responses.csv', '--audit', 'audit.json', '--kpi-from-audit', 'calls-answered-30s=phone-answer', '--today', '2026-03-02', '-f', 'json'], folder.dir);
        expectWellBehaved(run, /audit\.json|responses\.csv/);
        expectUnchanged(files, folder.dir);
      }),
      PROPERTY_OPTIONS,
    );
  });
});

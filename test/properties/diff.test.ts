import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { PROPERTY_OPTIONS, fc } from '../helpers/fast-check.js';
import { ROOT } from '../helpers/run-cli.js';
import { COMMAND_PROPERTY_TIMEOUT, arbitraryText, expectUnchanged, expectWellBehaved, mutatedJson, mutatedText, runMain, scratch, snapshot } from './harness.js';

const EXAMPLES = readdirSync(join(ROOT, 'policies')).map((name) => readFileSync(join(ROOT, 'policies', name), 'utf8'));

/** A policy as a user might hand it over: a shipped one, one with its data changed, one with its text edited, or anything at all. */
const policyText = fc.oneof(
  fc.constantFrom(...EXAMPLES),
  fc.constantFrom(...EXAMPLES).chain((text) => mutatedJson(parse(text)).map((data) => stringify(data))),
  fc.constantFrom(...EXAMPLES).chain((text) => mutatedText(text)),
  arbitraryText(['cs-policy: 1\n', 'goals:\n', '  - id: g\n', 'version: 1.0.0\n']),
);

describe('diff on any pair of policies', { timeout: COMMAND_PROPERTY_TIMEOUT }, () => {
  const folder = scratch();
  afterAll(() => folder.remove());

  it('gives its report or says which file cannot be compared, and writes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(policyText, policyText, fc.constantFrom('stylish', 'json', 'md'), async (before, after, format) => {
        folder.write('old.yaml', before);
        folder.write('new.yaml', after);
        const files = snapshot(folder.dir);
        const run = await runMain(['diff', 'old.yaml', 'new.yaml', '-f', format], folder.dir);
        expectWellBehaved(run, /(old|new)\.yaml/);
        expectUnchanged(files, folder.dir);
      }),
      PROPERTY_OPTIONS,
    );
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { PROPERTY_OPTIONS, fc } from '../helpers/fast-check.js';
import { ROOT } from '../helpers/run-cli.js';
import { COMMAND_PROPERTY_TIMEOUT, arbitraryText, expectUnchanged, expectWellBehaved, mutatedText, runMain, scratch, snapshot } from './harness.js';

const example = (name: string) => readFileSync(join(ROOT, 'examples', 'acknowledgements', name), 'utf8');
const STAFF = example('council-staff.csv');
const ACKS = example('council-acks.csv');
const POLICY = readFileSync(join(ROOT, 'policies', 'council-customer-service.en.yaml'));

/** A file as the user's HR or e-signature tool might give it: the example edited, or made of its own words and hostile pieces. */
const fileLike = (base: string) => fc.oneof(
  { weight: 1, arbitrary: fc.constant(base) },
  { weight: 1, arbitrary: arbitraryText(base.split(/[,\n]/).slice(0, 30)) },
  { weight: 4, arbitrary: mutatedText(base) },
);

describe('acknowledgements on arbitrary and mutated staff and acknowledgement files', { timeout: COMMAND_PROPERTY_TIMEOUT }, () => {
  const folder = scratch();
  afterAll(() => folder.remove());

  it('gives its report or a located message with exit 2; no file written', async () => {
    folder.write('policy.yaml', POLICY);
    await fc.assert(
      fc.asyncProperty(fileLike(STAFF), fileLike(ACKS), fc.constantFrom('stylish', 'json', 'md'), async (staff, acks, format) => {
        folder.write('staff.csv', staff);
        folder.write('acks.csv', acks);
        const files = snapshot(folder.dir);
        const run = await runMain(['acknowledgements', 'policy.yaml', 'staff.csv', 'acks.csv', '--today', '2026-06-01', '-f', format], folder.dir);
        expectWellBehaved(run, /(staff|acks)\.csv/);
        expectUnchanged(files, folder.dir);
      }),
      PROPERTY_OPTIONS,
    );
  });
});

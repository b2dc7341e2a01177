import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROPERTY_OPTIONS, fc } from '../helpers/fast-check.js';
import { ROOT } from '../helpers/run-cli.js';
import { COMMAND_PROPERTY_TIMEOUT, arbitraryText, expectUnchanged, expectWellBehaved, mutatedJson, mutatedText, runMain, scratch, snapshot } from './harness.js';

const answer = (name: string) => JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'vendor', `${name}.answer.json`), 'utf8')) as unknown;

/** The answers each helpdesk's list endpoints give (test/fixtures/vendor, after the vendors' API references). */
const HELPDESKS = [
  { target: 'zendesk', answers: ['zendesk-schedules', 'zendesk-holidays', 'zendesk-sla-policies'].map(answer) },
  { target: 'freshdesk', answers: ['freshdesk-business-hours', 'freshdesk-sla-policies'].map(answer) },
];

describe('import on arbitrary and mutated helpdesk answers', { timeout: COMMAND_PROPERTY_TIMEOUT }, () => {
  const folder = scratch();
  afterAll(() => folder.remove());

  it.each(HELPDESKS)('$target: writes a policy, or names the file and what is wrong; writes nothing else', async ({ target, answers }) => {
    const file = (base: unknown) => fc.oneof(
      { weight: 3, arbitrary: mutatedJson(base).map((data) => JSON.stringify(data, null, 1)) },
      { weight: 1, arbitrary: mutatedText(JSON.stringify(base, null, 1)) },
      { weight: 1, arbitrary: arbitraryText(['{"schedules":', '{"sla_policies":', '"id":', '"name":']) },
    );
    await fc.assert(
      fc.asyncProperty(fc.tuple(...answers.map(file)), fc.boolean(), async (texts, keepPrevious) => {
        const names = texts.map((text, i) => {
          folder.write(`answer-${i}.json`, text);
          return `answer-${i}.json`;
        });
        // An earlier policy.yaml is replaced only with --force; without it, it stays as it was.
        if (keepPrevious) folder.write('policy.yaml', 'previous: true\n');
        else rmSync(join(folder.dir, 'policy.yaml'), { force: true });
        const files = snapshot(folder.dir);
        const run = await runMain(['import', target, ...names, '-o', 'policy.yaml'], folder.dir);
        expectWellBehaved(run, /answer-\d\.json|policy\.yaml/);
        expectUnchanged(files, folder.dir, keepPrevious ? [] : ['policy.yaml']);
        if (!keepPrevious && run.status === 0) expect(readFileSync(join(folder.dir, 'policy.yaml'), 'utf8')).toMatch(/^[\s\S]*cs-policy: 1/m);
      }),
      PROPERTY_OPTIONS,
    );
  });
});

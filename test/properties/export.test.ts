import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROPERTY_OPTIONS, fc } from '../helpers/fast-check.js';
import { ROOT } from '../helpers/run-cli.js';
import { COMMAND_PROPERTY_TIMEOUT, arbitraryText, expectUnchanged, expectWellBehaved, hostileJsonValue, mutatedJson, runMain, scratch, snapshot } from './harness.js';

const answer = (name: string) => JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'vendor', `${name}.answer.json`), 'utf8')) as unknown;

const CREDENTIALS = {
  zendesk: { ZENDESK_SUBDOMAIN: 'example', ZENDESK_EMAIL: 'admin@example.org', ZENDESK_API_TOKEN: 'secret-token' },
  freshdesk: { FRESHDESK_DOMAIN: 'example', FRESHDESK_API_KEY: 'secret-key' },
};

/** Which list a GET reads, by its path, and the vendor's own answer for it (test/fixtures/vendor). */
const LISTS: { path: RegExp; answer: unknown }[] = [
  { path: /^\/api\/v2\/business_hours\/schedules\/\d+\/holidays/, answer: answer('zendesk-holidays') },
  { path: /^\/api\/v2\/business_hours\/schedules/, answer: answer('zendesk-schedules') },
  { path: /^\/api\/v2\/slas\/policies/, answer: answer('zendesk-sla-policies') },
  { path: /^\/api\/v2\/triggers/, answer: answer('zendesk-triggers') },
  { path: /^\/api\/v2\/business_hours/, answer: answer('freshdesk-business-hours') },
  { path: /^\/api\/v2\/sla_policies/, answer: answer('freshdesk-sla-policies') },
];

interface Script {
  /** A body for each list (as text, since a helpdesk may answer anything), and the status it comes with. */
  lists: { body: string; status: number }[];
  /** Where a list says its next page is: none, itself (a loop), another origin, or a page that does not end. */
  next: 'none' | 'self' | 'elsewhere' | 'onwards';
  /** What every write is answered with, in turn. */
  writes: { status: number; body: string }[];
}

const body = (base: unknown) => fc.oneof(
  { weight: 3, arbitrary: mutatedJson(base).map((data) => JSON.stringify(data)) },
  { weight: 1, arbitrary: hostileJsonValue.map((data) => JSON.stringify(data)) },
  { weight: 1, arbitrary: arbitraryText(['{"', '"}', '[]', 'null']) },
);
const listStatus = fc.constantFrom(200, 200, 200, 200, 200, 200, 200, 200, 401, 404, 429, 500);
const script: fc.Arbitrary<Script> = fc.record({
  lists: fc.tuple(...LISTS.map((list) => fc.record({ body: body(list.answer), status: listStatus }))),
  next: fc.constantFrom('none', 'none', 'self', 'elsewhere', 'onwards'),
  writes: fc.array(fc.record({ status: fc.constantFrom(200, 201, 201, 400, 409, 422, 429, 500), body: fc.oneof(hostileJsonValue.map((data) => JSON.stringify(data)), fc.constant('{"id":1}'), fc.constant('')) }), { minLength: 1, maxLength: 6 }),
});

describe('export --apply against a helpdesk answering anything', { timeout: COMMAND_PROPERTY_TIMEOUT }, () => {
  let server: Server;
  let url = '';
  let current: Script | undefined;
  let writes = 0;
  let page = 0;
  beforeAll(async () => {
    server = createServer((request, response) => {
      request.resume();
      request.on('end', () => {
        const path = (request.url ?? '/').split('?')[0]!;
        const headers: Record<string, string> = { 'content-type': 'application/json', 'retry-after': '0' };
        if (request.method === 'GET') {
          const index = LISTS.findIndex((list) => list.path.test(path));
          const found = current!.lists[index] ?? { body: '{}', status: 404 };
          let text = found.body;
          const next = { none: '', self: `${url}${request.url}`, elsewhere: 'https://elsewhere.example/api/v2/sla_policies?page=2', onwards: `${url}${path}?page=${++page}` }[current!.next];
          if (next) {
            headers.link = `<${next}>; rel="next"`;
            // Zendesk names the next page in the body.
            try {
              const data = JSON.parse(text) as unknown;
              if (data && typeof data === 'object' && !Array.isArray(data)) text = JSON.stringify({ ...data, next_page: next });
            } catch { /* a body that is not JSON stays as it is */ }
          }
          response.writeHead(found.status, headers).end(text);
          return;
        }
        const reply = current!.writes[writes++ % current!.writes.length]!;
        response.writeHead(reply.status, headers).end(reply.body);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const folder = scratch();
  afterAll(() => folder.remove());

  it.each(['zendesk', 'freshdesk'] as const)('%s: applies, or stops with a message and exit 2; never an internal error, a hang, or a changed policy', async (vendor) => {
    folder.write('policy.yaml', readFileSync(join(ROOT, 'policies', 'council-customer-service.en.yaml')));
    await fc.assert(
      fc.asyncProperty(script, async (given) => {
        current = given;
        writes = 0;
        page = 0;
        const files = snapshot(folder.dir);
        const run = await runMain(['export', vendor, 'policy.yaml', '--apply', '--yes', '--today', '2026-06-01', '--base-url', url], folder.dir, CREDENTIALS[vendor]);
        expectWellBehaved(run);
        expectUnchanged(files, folder.dir);
        // Credentials are never printed, whatever the helpdesk answered.
        expect(`${run.stdout}${run.stderr}`).not.toMatch(/secret-(token|key)/);
      }),
      PROPERTY_OPTIONS,
    );
  });
});

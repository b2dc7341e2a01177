import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_PAGES, readExisting, TooManyPages } from '../../src/io/apply.js';
import { httpClient } from '../../src/io/http.js';
import type { Existing, Target } from '../../src/helpdesks/target.js';

let srv: Server | undefined;
afterEach(async () => {
  await new Promise<void>((resolve) => (srv ? srv.close(() => resolve()) : resolve()));
  srv = undefined;
});

/** A helpdesk whose every answer is `answer(url, base)`; it notes each URL asked for. */
async function helpdesk(answer: (url: URL, base: string) => { headers?: Record<string, string>; body: unknown }) {
  const asked: string[] = [];
  let base = '';
  srv = createServer((request, response) => {
    asked.push(request.url ?? '');
    const { headers, body } = answer(new URL(request.url ?? '/', base), base);
    response.writeHead(200, { 'content-type': 'application/json', ...headers });
    response.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => srv!.listen(0, '127.0.0.1', resolve));
  const address = srv.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return { client: httpClient({ baseUrl: base, headers: {} }), asked };
}

/** A target that only reads: the lists `reads` names, asked for with `pageQuery`. */
function reader(reads: (existing: Existing) => string[], pageQuery?: string): Target {
  return { reads, ...(pageQuery ? { pageQuery } : {}) } as Target;
}

const page = (url: URL) => Number(url.searchParams.get('page') ?? '1');
const ids = (from: number, count: number) => Array.from({ length: count }, (_, i) => ({ id: from + i }));

describe('readExisting reads every page of a list', () => {
  it('concatenating top-level lists over Link headers, asking for big pages, keyed by the plain path', async () => {
    const { client, asked } = await helpdesk((url, base) => ({
      body: ids((page(url) - 1) * 100, page(url) < 3 ? 100 : 5),
      ...(page(url) < 3 ? { headers: { link: `<${base}/api/v2/sla_policies?page=${page(url) + 1}&per_page=100>; rel="next"` } } : {}),
    }));
    const existing = await readExisting(reader(() => ['/api/v2/sla_policies'], 'per_page=100'), client);
    expect([...existing.keys()]).toEqual(['/api/v2/sla_policies']);
    expect((existing.get('/api/v2/sla_policies') as { id: number }[]).map((item) => item.id)).toEqual(ids(0, 205).map((item) => item.id));
    expect(asked).toEqual(['/api/v2/sla_policies?per_page=100', '/api/v2/sla_policies?page=2&per_page=100', '/api/v2/sla_policies?page=3&per_page=100']);
  });

  it('concatenating an object\'s list fields over next_page and links.next, before the reads that depend on them', async () => {
    const { client, asked } = await helpdesk((url, base) => {
      if (url.pathname === '/api/v2/business_hours/schedules') {
        return { body: { schedules: [{ id: page(url), name: `p / calendar-${page(url)}` }], count: 2, next_page: page(url) === 1 ? `${base}${url.pathname}?page=2` : null } };
      }
      const cursor = url.searchParams.get('page[after]');
      return { body: { holidays: [{ id: `${url.pathname}:${cursor ?? 'first'}` }], meta: { has_more: !cursor }, links: { next: `${base}${url.pathname}?page[after]=more` } } };
    });
    const holidays = (existing: Existing) => ((existing.get('/api/v2/business_hours/schedules') as { schedules?: { id: number }[] } | undefined)?.schedules ?? [])
      .map((schedule) => `/api/v2/business_hours/schedules/${schedule.id}/holidays`);
    const existing = await readExisting(reader((known) => ['/api/v2/business_hours/schedules', ...holidays(known)]), client);
    expect(existing.get('/api/v2/business_hours/schedules')).toEqual({ schedules: [{ id: 1, name: 'p / calendar-1' }, { id: 2, name: 'p / calendar-2' }], count: 2, next_page: null });
    // The cursor's second page says has_more false: its links.next is not followed.
    expect(existing.get('/api/v2/business_hours/schedules/2/holidays')).toMatchObject({ holidays: [{ id: '/api/v2/business_hours/schedules/2/holidays:first' }, { id: '/api/v2/business_hours/schedules/2/holidays:more' }] });
    expect(asked).toEqual([
      '/api/v2/business_hours/schedules', '/api/v2/business_hours/schedules?page=2',
      '/api/v2/business_hours/schedules/1/holidays', '/api/v2/business_hours/schedules/1/holidays?page[after]=more',
      '/api/v2/business_hours/schedules/2/holidays', '/api/v2/business_hours/schedules/2/holidays?page[after]=more',
    ]);
  });
});

describe('readExisting stops a list that does not end', () => {
  it('at a next page already read', async () => {
    const { client, asked } = await helpdesk((url, base) => ({ body: ids(page(url), 1), headers: { link: `<${base}/api/v2/sla_policies?page=2&per_page=100>; rel="next"` } }));
    const existing = await readExisting(reader(() => ['/api/v2/sla_policies'], 'per_page=100'), client);
    expect(existing.get('/api/v2/sla_policies')).toEqual([{ id: 1 }, { id: 2 }]);
    expect(asked).toEqual(['/api/v2/sla_policies?per_page=100', '/api/v2/sla_policies?page=2&per_page=100']);
  });

  it(`after ${MAX_PAGES} pages, saying so rather than reading part of it`, async () => {
    const { client, asked } = await helpdesk((url, base) => ({ body: { sla_policies: ids(page(url), 1), next_page: `${base}/api/v2/slas/policies?page=${page(url) + 1}` } }));
    const failure = await readExisting(reader(() => ['/api/v2/slas/policies']), client).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TooManyPages);
    expect(failure).toMatchObject({ path: '/api/v2/slas/policies', pages: MAX_PAGES });
    expect(asked).toHaveLength(MAX_PAGES);
  });
});

import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { bodyNext, HttpError, httpClient, linkHeaderNext, retryAfterSeconds } from '../../src/io/http.js';

describe('Retry-After', () => {
  const now = Date.parse('2026-06-01T12:00:00Z');
  it.each([
    ['120', 120],
    ['0', 0],
    ['Mon, 01 Jun 2026 12:00:30 GMT', 30],
    ['Mon, 01 Jun 2026 11:00:00 GMT', 0],
    ['soon', undefined],
  ])('"%s" is %s s', (header, seconds) => expect(retryAfterSeconds(header, now)).toBe(seconds));
  it('absent is no answer', () => expect(retryAfterSeconds(null, now)).toBeUndefined());
});

describe('the client gives up on rate limits within bounds', () => {
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => close?.());

  async function server(retryAfter: string) {
    let hits = 0;
    const srv = createServer((_request, response) => {
      hits += 1;
      response.writeHead(429, { 'retry-after': retryAfter, 'content-type': 'application/json' });
      response.end('{"error":"TooManyRequests"}');
    });
    await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
    close = () => new Promise<void>((resolve) => srv.close(() => resolve()));
    const address = srv.address();
    return { url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, hits: () => hits };
  }

  it('after four tries when the server never lets up', async () => {
    const fake = await server('1');
    const waits: number[] = [];
    const client = httpClient({ baseUrl: fake.url, headers: {}, sleep: async () => undefined, onWait: (seconds) => waits.push(seconds) });
    const failure = await client.send('GET', '/x').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(HttpError);
    expect((failure as HttpError).failure).toEqual({ kind: 'rate-limited', tries: 4, waitSeconds: 1 });
    expect(fake.hits()).toBe(4);
    expect(waits).toEqual([1, 1, 1]);
  });

  it('at once when the server asks for longer than the longest wait', async () => {
    const fake = await server('3600');
    const client = httpClient({ baseUrl: fake.url, headers: {}, sleep: async () => undefined });
    const failure = (await client.send('POST', '/y', {}).catch((error: unknown) => error)) as HttpError;
    expect(failure.failure).toEqual({ kind: 'rate-limited', tries: 1, waitSeconds: 3600 });
    expect([failure.method, failure.path]).toEqual(['POST', '/y']);
    expect(fake.hits()).toBe(1);
  });

  it('names a refused connection', async () => {
    const fake = await server('1');
    await close!();
    close = undefined;
    const failure = (await httpClient({ baseUrl: fake.url, headers: {} }).send('GET', '/z').catch((error: unknown) => error)) as HttpError;
    expect(failure.failure).toEqual({ kind: 'network', reason: 'ECONNREFUSED' });
  });
});

describe('the next page a Link header names', () => {
  it.each([
    ['<https://acme.freshdesk.com/api/v2/sla_policies?page=2&per_page=100>; rel="next"', 'https://acme.freshdesk.com/api/v2/sla_policies?page=2&per_page=100'],
    ['<https://a.example/x?page=2>; rel=next', 'https://a.example/x?page=2'],
    ['<https://a.example/x?page=2>;rel="next"', 'https://a.example/x?page=2'],
    ['<https://a.example/x?page=2> ; rel = "next"', 'https://a.example/x?page=2'],
    ['<https://a.example/x?page=1>; rel="prev", <https://a.example/x?page=3>; rel="next", <https://a.example/x?page=9>; rel="last"', 'https://a.example/x?page=3'],
    ['<https://a.example/x?page=1>; rel="first",<https://a.example/x?page=3>; rel="next"', 'https://a.example/x?page=3'],
    ['<https://a.example/x?page=3>; rel="next last"', 'https://a.example/x?page=3'],
    ['<https://a.example/x?page=3>; REL="Next"', 'https://a.example/x?page=3'],
    ['<https://a.example/x?ids=1,2&page=3>; rel="next"', 'https://a.example/x?ids=1,2&page=3'],
    ['<https://a.example/x?page=3>; title="a, b; rel=next"; rel="next"', 'https://a.example/x?page=3'],
    ['<https://a.example/x?page=3>; type="text/html"; rel="next"', 'https://a.example/x?page=3'],
    ['</api/v2/sla_policies?page=2>; rel="next"', '/api/v2/sla_policies?page=2'],
    ['<https://a.example/x?page=3>; rel="next"; rel="last"', 'https://a.example/x?page=3'],
  ])('%s', (header, next) => expect(linkHeaderNext(header)).toBe(next));

  it.each([
    [null],
    [''],
    ['<https://a.example/x?page=1>; rel="prev"'],
    ['<https://a.example/x?page=9>; rel="last"; rel="next"'],
    ['<https://a.example/x?page=9>; title="rel=\\"next\\", <https://b.example/>"; rel="last"'],
    ['<https://a.example/x?page=9>; rel="last" "stray, <https://b.example/>; rel=next"'],
    ['<https://a.example/x?page=2>; rel="nextpage"'],
    ['<https://a.example/x?page=2>; anchor="next"'],
    ['https://a.example/x?page=2; rel="next"'],
    ['<https://a.example/x?page=2; rel="next"'],
  ])('none in %s', (header) => expect(linkHeaderNext(header)).toBeUndefined());
});

describe('the next page a JSON answer names', () => {
  it.each([
    [{ sla_policies: [], next_page: 'https://acme.zendesk.com/api/v2/slas/policies?page=2', previous_page: null }, 'https://acme.zendesk.com/api/v2/slas/policies?page=2'],
    [{ sla_policies: [], next_page: null }, undefined],
    [{ tickets: [], meta: { has_more: true, after_cursor: 'xxx' }, links: { next: 'https://acme.zendesk.com/api/v2/tickets?page[size]=100&page[after]=xxx' } }, 'https://acme.zendesk.com/api/v2/tickets?page[size]=100&page[after]=xxx'],
    [{ tickets: [], meta: { has_more: false }, links: { next: 'https://acme.zendesk.com/api/v2/tickets?page[after]=xxx' } }, undefined],
    [{ tickets: [], meta: { has_more: false }, next_page: 'https://acme.zendesk.com/api/v2/tickets?page=2' }, undefined],
    [{ schedules: [] }, undefined],
    [[{ id: 1 }], undefined],
    [null, undefined],
  ])('%j', (json, next) => expect(bodyNext(json)).toBe(next));
});

describe('the client says where the next page is', () => {
  const servers: Server[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((srv) => new Promise<void>((resolve) => srv.close(() => resolve()))));
  });

  /** A server that answers every request with `answer(url)`, and notes what it was asked and with which credentials. */
  async function server(answer: (url: string) => { headers?: Record<string, string>; body: unknown }) {
    const seen: { url: string; authorization?: string }[] = [];
    const srv = createServer((request, response) => {
      seen.push({ url: request.url ?? '', ...(request.headers.authorization ? { authorization: request.headers.authorization } : {}) });
      const { headers, body } = answer(request.url ?? '');
      response.writeHead(200, { 'content-type': 'application/json', ...headers });
      response.end(JSON.stringify(body));
    });
    await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
    servers.push(srv);
    const address = srv.address();
    return { url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, seen };
  }

  it('as a path under the base URL, from the Link header or the body', async () => {
    const fake = await server((url) => (url.startsWith('/helpdesk/link')
      ? { headers: { link: '</helpdesk/link?page=2>; rel="next"' }, body: [] }
      : { body: { schedules: [], next_page: `${fake.url}/helpdesk/body?page=2` } }));
    const client = httpClient({ baseUrl: `${fake.url}/helpdesk/`, headers: {} });
    expect(await client.send('GET', '/link')).toEqual({ status: 200, json: [], next: '/link?page=2' });
    expect((await client.send('GET', '/body')).next).toBe('/body?page=2');
  });

  it('and refuses a next page on another origin, which is never asked for', async () => {
    const elsewhere = await server(() => ({ body: [] }));
    const fake = await server(() => ({ headers: { link: `<${elsewhere.url}/api/v2/sla_policies?page=2>; rel="next"` }, body: [] }));
    const client = httpClient({ baseUrl: fake.url, headers: { authorization: 'Basic secret' } });
    const failure = (await client.send('GET', '/api/v2/sla_policies').catch((error: unknown) => error)) as HttpError;
    expect(failure).toBeInstanceOf(HttpError);
    expect(failure.failure).toEqual({ kind: 'next-elsewhere', origin: elsewhere.url });
    expect(failure.path).toBe('/api/v2/sla_policies');
    expect(elsewhere.seen).toEqual([]);
  });

  it.each([
    ['https on the same host', (url: string) => url.replace('http:', 'https:')],
    ['the same origin outside the base URL', (url: string) => `${url}/other/x?page=2`],
  ])('and refuses %s', async (_name, next) => {
    const fake = await server(() => ({ body: { sla_policies: [], next_page: next(fake.url) } }));
    const failure = (await httpClient({ baseUrl: `${fake.url}/helpdesk`, headers: {} }).send('GET', '/x').catch((error: unknown) => error)) as HttpError;
    expect(failure.failure.kind).toBe('next-elsewhere');
  });

  it('but names none for a write, whose answer is not a page', async () => {
    const fake = await server(() => ({ headers: { link: '<https://elsewhere.example/x?page=2>; rel="next"' }, body: { id: 1 } }));
    expect(await httpClient({ baseUrl: fake.url, headers: {} }).send('POST', '/x', {})).toEqual({ status: 200, json: { id: 1 } });
  });
});

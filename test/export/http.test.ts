import { createServer } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { HttpError, httpClient, retryAfterSeconds } from '../../src/io/http.js';

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

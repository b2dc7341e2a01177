/**
 * Credentials and hosts: nothing printed carries a token, its Basic form or URL user-info; the
 * host the credentials go to is checked; one deadline and one size limit bound every request;
 * an output never overwrites an input.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HttpError, httpClient, redactor } from '../../src/io/http.js';
import { BIN, ROOT, runCli, tempProject, runCliAsync } from '../helpers/run-cli.js';

const TOKEN = 'zd-secret-token-4242';
const KEY = 'fd-secret-key-4242';
const ZENDESK = { ZENDESK_SUBDOMAIN: 'example', ZENDESK_EMAIL: 'admin@example.org', ZENDESK_API_TOKEN: TOKEN };
const FRESHDESK = { FRESHDESK_DOMAIN: 'example', FRESHDESK_API_KEY: KEY };
const COUNCIL = 'policies/council-customer-service.en.yaml';
const b64 = (text: string) => Buffer.from(text).toString('base64');
/** Every form in which a credential could leak. */
const LEAKS = [TOKEN, KEY, b64(`admin@example.org/token:${TOKEN}`), b64(`${KEY}:X`), 'hunter2'];


let server: Server | undefined;
let hits: string[] = [];
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
  hits = [];
});

async function serve(handler: (request: IncomingMessage, response: ServerResponse) => void): Promise<string> {
  server = createServer((request, response) => {
    hits.push(`${request.method} ${request.url}`);
    handler(request, response);
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}

describe('the redactor', () => {
  const redact = redactor(['s3cret-token', 'me@x.org/token:s3cret-token']);
  it.each([
    ['the token as given', 'token s3cret-token refused', 'token *** refused'],
    ['its base64 Basic form', `Authorization: Basic ${b64('me@x.org/token:s3cret-token')}`, 'Authorization: Basic ***'],
    ['URL-encoded', `x=${encodeURIComponent('me@x.org/token:s3cret-token')}`, 'x=***'],
    ['URL user-info', 'http://user:hunter2@host/x', 'http://***@host/x'],
    ['nothing secret', 'HTTP 500 (InternalError)', 'HTTP 500 (InternalError)'],
  ])('removes %s', (_what, text, shown) => expect(redact(text)).toBe(shown));
});

describe('one deadline and one size limit for a whole request', () => {
  it('a server that sends its headers and then one byte every 500 ms fails at the deadline', async () => {
    const url = await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      const timer = setInterval(() => response.write(' '), 500);
      response.on('close', () => clearInterval(timer));
    });
    const started = Date.now();
    const failure = (await httpClient({ baseUrl: url, headers: {}, timeoutMs: 1500 }).send('GET', '/slow').catch((error: unknown) => error)) as HttpError;
    expect(failure).toBeInstanceOf(HttpError);
    expect(failure.failure).toEqual({ kind: 'timeout', seconds: 2 });
    expect(Date.now() - started).toBeLessThan(4000);
  });

  it.each([
    ['says its length', true],
    ['does not say its length', false],
  ])('an answer above the limit that %s is refused', async (_what, declared) => {
    const big = `[${'"x",'.repeat(300_000)}"x"]`;
    const url = await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', ...(declared ? { 'content-length': String(big.length) } : {}) });
      response.end(big);
    });
    const failure = (await httpClient({ baseUrl: url, headers: {}, maxBytes: 1024 * 1024 }).send('GET', '/big').catch((error: unknown) => error)) as HttpError;
    expect(failure.failure).toEqual({ kind: 'too-large', limitBytes: 1024 * 1024 });
  });
});

describe('export --apply prints no credential', () => {
  /** A helpdesk whose error page echoes the request's Authorization header, as some proxies do. */
  const echoing = () => serve((request, response) => {
    response.writeHead(401, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ error: 'Unauthorized', description: `bad header ${String(request.headers.authorization)}` }));
  });

  it.each([
    ['zendesk', ZENDESK, []],
    ['zendesk', ZENDESK, ['--debug']],
    ['freshdesk', FRESHDESK, ['--debug']],
    ['freshdesk', FRESHDESK, ['--lang', 'ar']],
  ] as const)('%s %j: an error body echoing the Authorization header', async (vendor, env, extra) => {
    const url = await echoing();
    const run = await runCliAsync(['export', vendor, COUNCIL, '--apply', '--yes', '--base-url', url, ...extra], env);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/HTTP 401\u2068? \(Unauthorized; bad header Basic \*\*\*\)/);
    for (const leak of LEAKS) expect(run.stdout + run.stderr).not.toContain(leak);
  });

  it.each([
    ['--base-url', (url: string) => ['--base-url', url.replace('//', '//admin:hunter2@')], {}],
    ['CS_POLICY_ZENDESK_URL', (_url: string) => [], { CS_POLICY_ZENDESK_URL: 'http://admin:hunter2@127.0.0.1:9' }],
  ])('a password in %s is refused without being printed, and nothing is sent', async (_where, args, env) => {
    const url = await echoing();
    const run = await runCliAsync(['export', 'zendesk', COUNCIL, '--apply', '--yes', '--debug', ...args(url)], { ...ZENDESK, ...env });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('cannot be the helpdesk\'s address: it holds a user name or password; credentials come only from the environment; nothing was sent');
    expect(run.stdout + run.stderr).not.toContain('hunter2');
    expect(hits).toEqual([]);
  });
});

describe('export --apply sends credentials only to the helpdesk named', () => {
  it.each([
    ['ZENDESK_SUBDOMAIN', { ...ZENDESK, ZENDESK_SUBDOMAIN: '127.0.0.1:18081/#' }, 'zendesk'],
    ['ZENDESK_SUBDOMAIN', { ...ZENDESK, ZENDESK_SUBDOMAIN: 'acme.evil.example' }, 'zendesk'],
    ['FRESHDESK_DOMAIN', { ...FRESHDESK, FRESHDESK_DOMAIN: 'evil.example' }, 'freshdesk'],
    ['FRESHDESK_DOMAIN', { ...FRESHDESK, FRESHDESK_DOMAIN: 'acme.freshdesk.com@evil.example' }, 'freshdesk'],
  ])('%s %j is refused', async (name, env, vendor) => {
    const run = await runCliAsync(['export', vendor, COUNCIL, '--apply', '--yes'], env);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^${name} cannot be used: expected .*; nothing was sent\\n`));
  });

  it.each([
    ['http://127.0.0.1:9?x=', 'it has a query, a fragment or a space; give an origin with at most a path'],
    ['http://127.0.0.1:9/#', 'it has a query, a fragment or a space; give an origin with at most a path'],
    ['ftp://127.0.0.1:9', 'it is not http or https'],
    ['not a url', 'it has a query, a fragment or a space; give an origin with at most a path'],
  ])('--base-url %s is refused: %s', async (url, problem) => {
    const run = await runCliAsync(['export', 'zendesk', COUNCIL, '--apply', '--yes', '--base-url', url], ZENDESK);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`--base-url "${url}" cannot be the helpdesk's address: ${problem}; nothing was sent`);
  });

  it('an origin with a path is taken, and every request goes under it', async () => {
    const url = await serve((_request, response) => {
      response.writeHead(404, { 'content-type': 'application/json' });
      response.end('{"error":"InvalidEndpoint"}');
    });
    const run = await runCliAsync(['export', 'zendesk', COUNCIL, '--apply', '--yes', '--base-url', `${url}/proxy/`], ZENDESK);
    expect(run.status).toBe(2);
    expect(hits[0]).toBe('GET /proxy/api/v2/business_hours/schedules');
  });
});

describe('an output is never one of the inputs', () => {
  it('export zendesk plan/plan.json -o plan refuses, and the policy is untouched', () => {
    const dir = tempProject();
    mkdirSync(join(dir, 'plan'));
    copyFileSync(join(ROOT, COUNCIL), join(dir, 'plan', 'plan.json'));
    const before = readFileSync(join(dir, 'plan', 'plan.json'), 'utf8');
    const run = runCli(['export', 'zendesk', 'plan/plan.json', '-o', 'plan', '--today', '2026-06-01'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('-o plan would overwrite plan/plan.json, which this command reads: choose another folder\n');
    expect(readFileSync(join(dir, 'plan', 'plan.json'), 'utf8')).toBe(before);
  });

  it('import refuses --output naming one of its inputs, even with --force', () => {
    const dir = tempProject();
    writeFileSync(join(dir, 'slas.json'), readFileSync(join(ROOT, 'test', 'fixtures', 'vendor', 'zendesk-sla-policies.answer.json')));
    const before = readFileSync(join(dir, 'slas.json'), 'utf8');
    const run = runCli(['import', 'zendesk', 'slas.json', '-o', 'slas.json', '--force'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('--output slas.json is one of the files being read: choose another name\n');
    expect(readFileSync(join(dir, 'slas.json'), 'utf8')).toBe(before);
  });
});

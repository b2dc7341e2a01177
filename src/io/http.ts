/**
 * A small JSON client for helpdesk APIs on Node's fetch. Rate limits are waited out as the server
 * asks (Retry-After in seconds or as a date), a bounded number of times; nothing else is retried,
 * since a repeated POST could create an object twice.
 */
import LinkHeader from 'http-link-header';
import { isRecord } from '../core/is-record.js';

export interface HttpAnswer {
  status: number;
  json: unknown;
  /** Where the next page of a list is, as a path to send again: present only on a GET answer that names one. */
  next?: string;
}

export type HttpFailure =
  | { kind: 'http'; status: number; detail: string }
  | { kind: 'network'; reason: string }
  | { kind: 'rate-limited'; tries: number; waitSeconds?: number }
  /** The whole request, its answer's body included, took longer than the deadline. */
  | { kind: 'timeout'; seconds: number }
  /** The answer was longer than the client reads. */
  | { kind: 'too-large'; limitBytes: number }
  /** A list's next page is on another origin (or not under the base URL), shown as its origin. */
  | { kind: 'next-elsewhere'; origin: string };

export class HttpError extends Error {
  constructor(
    readonly failure: HttpFailure,
    readonly method: string,
    readonly path: string,
  ) {
    super(`${method} ${path}: ${failure.kind}`);
    this.name = 'HttpError';
  }
}

export interface HttpOptions {
  baseUrl: string;
  headers: Record<string, string>;
  /** Tries per request when the server limits the rate. */
  maxTries?: number;
  /** The longest wait the client accepts; a server asking for more is reported instead. */
  maxWaitSeconds?: number;
  /** One deadline for a whole request: connecting, the headers and every byte of the body. */
  timeoutMs?: number;
  /** The longest answer read; a longer one is refused rather than held in memory. */
  maxBytes?: number;
  /** Texts never to be shown (tokens, their Basic form): removed from every failure's detail. */
  secrets?: readonly string[];
  onWait?: (seconds: number) => void;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

/** Seconds to wait from a Retry-After header: a number of seconds, or an HTTP date. */
export function retryAfterSeconds(header: string | null, now: number): number | undefined {
  if (header === null) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

/** Default limits: no list cs-policy reads comes near 20 MiB, and no request should take a minute. */
export const DEFAULT_TIMEOUT_MS = 60_000;
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/**
 * A function that removes secrets from a text: each secret as given, URL-encoded and in base64
 * (an error page may echo the Authorization header), and any URL user-info (`//user:pass@`).
 */
export function redactor(secrets: readonly string[]): (text: string) => string {
  const forms = new Set<string>();
  for (const secret of secrets) {
    if (secret.length < 4) continue;
    forms.add(secret);
    forms.add(encodeURIComponent(secret));
    forms.add(Buffer.from(secret).toString('base64'));
    forms.add(Buffer.from(secret).toString('base64').replace(/=+$/, ''));
  }
  const ordered = [...forms].filter((form) => form.length >= 4).sort((a, b) => b.length - a.length);
  return (text) => {
    let result = text.replace(/(\/\/)[^\s/?#@]*@/g, '$1***@');
    for (const form of ordered) result = result.split(form).join('***');
    return result;
  };
}

/** The helpdesk's own words about a failure, short: Zendesk's error/description, Freshdesk's errors list. */
function failureDetail(text: string): string {
  let summary = text;
  try {
    const parsed = JSON.parse(text) as Record<string, unknown>;
    const parts: string[] = [];
    for (const key of ['error', 'description', 'message']) if (typeof parsed[key] === 'string') parts.push(parsed[key] as string);
    if (Array.isArray(parsed.errors)) {
      for (const item of parsed.errors.slice(0, 3)) {
        if (item && typeof item === 'object') parts.push(Object.values(item as Record<string, unknown>).filter((value) => typeof value === 'string').join(' '));
      }
    }
    if (parts.length > 0) summary = parts.join('; ');
  } catch {
    // Not JSON: the text itself, shortened, says what happened.
  }
  summary = summary.replace(/\s+/g, ' ').trim();
  return summary.length > 200 ? `${summary.slice(0, 199)}…` : summary;
}


/**
 * The target of the first link whose rel names "next" in a Link header (RFC 8288), as Freshdesk
 * names its next page; a header the parser cannot read names none.
 */
export function linkHeaderNext(header: string | null | undefined): string | undefined {
  if (!header) return undefined;
  try {
    return LinkHeader.parse(header).get('rel', 'next')[0]?.uri;
  } catch {
    return undefined;
  }
}

/**
 * The next page a JSON answer names: Zendesk's cursor pagination (links.next, unless meta.has_more
 * is false) or its offset pagination (next_page, null on the last page).
 */
export function bodyNext(json: unknown): string | undefined {
  if (!isRecord(json)) return undefined;
  if (isRecord(json.meta) && json.meta.has_more === false) return undefined;
  const cursor = isRecord(json.links) ? json.links.next : undefined;
  if (typeof cursor === 'string' && cursor !== '') return cursor;
  return typeof json.next_page === 'string' && json.next_page !== '' ? json.next_page : undefined;
}

/** The path under the base URL that `url` names, or nothing when it is elsewhere. */
function pathUnder(base: URL, url: URL): string | undefined {
  if (url.origin !== base.origin) return undefined;
  const prefix = base.pathname.replace(/\/+$/, '');
  if (prefix !== '' && url.pathname !== prefix && !url.pathname.startsWith(`${prefix}/`)) return undefined;
  return `${url.pathname.slice(prefix.length)}${url.search}`;
}

export interface HttpClient {
  send(method: string, path: string, body?: unknown): Promise<HttpAnswer>;
}

/** The body of an answer, read within the deadline and the size limit. */
async function readText(response: Response, maxBytes: number): Promise<string | { tooLarge: true }> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    return { tooLarge: true };
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return { tooLarge: true };
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function httpClient(options: HttpOptions): HttpClient {
  const maxTries = options.maxTries ?? 4;
  const maxWait = options.maxWaitSeconds ?? 120;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const now = options.now ?? Date.now;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const redact = redactor(options.secrets ?? []);
  const base = options.baseUrl.replace(/\/+$/, '');
  const baseUrl = new URL(base);
  return {
    async send(method, path, body) {
      const url = `${base}${path}`;
      for (let attempt = 1; ; attempt++) {
        let response: Response;
        let text: string;
        // One deadline for the whole exchange: a server that sends its headers and then trickles
        // the body must not hold the command past it.
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(), timeoutMs);
        try {
          response = await fetch(url, {
            method,
            headers: { accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...options.headers },
            ...(body === undefined ? {} : { body: JSON.stringify(body) }),
            signal: controller.signal,
            redirect: 'error',
          });
          const read = await readText(response, maxBytes);
          if (typeof read !== 'string') throw new HttpError({ kind: 'too-large', limitBytes: maxBytes }, method, path);
          text = read;
        } catch (error) {
          if (error instanceof HttpError) throw error;
          if (controller.signal.aborted) throw new HttpError({ kind: 'timeout', seconds: Math.round(timeoutMs / 1000) }, method, path);
          const cause = (error as { cause?: { code?: string; message?: string } }).cause;
          throw new HttpError({ kind: 'network', reason: redact(cause?.code ?? cause?.message ?? (error as Error).message) }, method, path);
        } finally {
          clearTimeout(timer);
        }
        const limited = response.status === 429 || (response.status === 503 && response.headers.has('retry-after'));
        if (limited) {
          const wait = retryAfterSeconds(response.headers.get('retry-after'), now()) ?? 2 ** attempt;
          if (attempt >= maxTries || wait > maxWait) throw new HttpError({ kind: 'rate-limited', tries: attempt, waitSeconds: wait }, method, path);
          options.onWait?.(wait);
          await sleep(wait * 1000);
          continue;
        }
        if (response.status < 200 || response.status >= 300) throw new HttpError({ kind: 'http', status: response.status, detail: redact(failureDetail(redact(text))) }, method, path);
        let json: unknown = null;
        if (text.trim() !== '') {
          try {
            json = JSON.parse(text);
          } catch {
            throw new HttpError({ kind: 'http', status: response.status, detail: 'the answer is not JSON' }, method, path);
          }
        }
        // Only a read is paged; a write that succeeded must not be reported as failed for its headers.
        const reference = method === 'GET' ? linkHeaderNext(response.headers.get('link')) ?? bodyNext(json) : undefined;
        if (reference === undefined) return { status: response.status, json };
        let nextUrl: URL | undefined;
        try {
          nextUrl = new URL(reference, url);
        } catch {
          nextUrl = undefined;
        }
        const next = nextUrl && pathUnder(baseUrl, nextUrl);
        // Every request carries the credentials, so a next page elsewhere is never fetched. Stopping
        // there would leave the rest of the list unread and a second apply would create duplicates:
        // it is a failure of the read instead, and nothing is sent.
        if (next === undefined) throw new HttpError({ kind: 'next-elsewhere', origin: nextUrl && nextUrl.origin !== 'null' ? nextUrl.origin : reference }, method, path);
        return { status: response.status, json, next };
      }
    },
  };
}

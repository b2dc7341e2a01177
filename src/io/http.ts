/**
 * A small JSON client for helpdesk APIs on Node's fetch. Rate limits are waited out as the server
 * asks (Retry-After in seconds or as a date), a bounded number of times; nothing else is retried,
 * since a repeated POST could create an object twice.
 */
export interface HttpAnswer { status: number; json: unknown }

export type HttpFailure =
  | { kind: 'http'; status: number; detail: string }
  | { kind: 'network'; reason: string }
  | { kind: 'rate-limited'; tries: number; waitSeconds?: number };

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
  timeoutMs?: number;
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

export interface HttpClient {
  send(method: string, path: string, body?: unknown): Promise<HttpAnswer>;
}

export function httpClient(options: HttpOptions): HttpClient {
  const maxTries = options.maxTries ?? 4;
  const maxWait = options.maxWaitSeconds ?? 120;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const now = options.now ?? Date.now;
  const base = options.baseUrl.replace(/\/+$/, '');
  return {
    async send(method, path, body) {
      for (let attempt = 1; ; attempt++) {
        let response: Response;
        try {
          response = await fetch(`${base}${path}`, {
            method,
            headers: { accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...options.headers },
            ...(body === undefined ? {} : { body: JSON.stringify(body) }),
            signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
            redirect: 'error',
          });
        } catch (error) {
          const cause = (error as { cause?: { code?: string; message?: string } }).cause;
          throw new HttpError({ kind: 'network', reason: cause?.code ?? cause?.message ?? (error as Error).message }, method, path);
        }
        const text = await response.text();
        const limited = response.status === 429 || (response.status === 503 && response.headers.has('retry-after'));
        if (limited) {
          const wait = retryAfterSeconds(response.headers.get('retry-after'), now()) ?? 2 ** attempt;
          if (attempt >= maxTries || wait > maxWait) throw new HttpError({ kind: 'rate-limited', tries: attempt, waitSeconds: wait }, method, path);
          options.onWait?.(wait);
          await sleep(wait * 1000);
          continue;
        }
        if (response.status < 200 || response.status >= 300) throw new HttpError({ kind: 'http', status: response.status, detail: failureDetail(text) }, method, path);
        let json: unknown = null;
        if (text.trim() !== '') {
          try {
            json = JSON.parse(text);
          } catch {
            throw new HttpError({ kind: 'http', status: response.status, detail: 'the answer is not JSON' }, method, path);
          }
        }
        return { status: response.status, json };
      }
    },
  };
}

/**
 * A stand-in for the Zendesk and Freshdesk APIs on 127.0.0.1, for --apply tests. It keeps what is
 * created, checks every body against the vendor schemas in schemas/vendor/ and the limits Zendesk
 * documents for SLA policy metrics and schedule intervals (each rule beside its source), checks the
 * authentication header, pages SLA policy and Zendesk trigger lists as the vendors do (Freshdesk: a
 * Link header, per_page up to 100; Zendesk: next_page in the body), and can answer a rate limit, a server error
 * or a strange next page where a test asks.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import { Ajv } from 'ajv';
import { ROOT } from './run-cli.js';

export type Vendor = 'zendesk' | 'freshdesk';

export function vendorSchema(name: string): object {
  return JSON.parse(readFileSync(join(ROOT, 'schemas', 'vendor', `${name}.schema.json`), 'utf8')) as object;
}

const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
const validators = Object.fromEntries(
  ['zendesk-schedule', 'zendesk-workweek', 'zendesk-holiday', 'zendesk-sla-policy', 'zendesk-trigger', 'freshdesk-sla-policy'].map((name) => [name, ajv.compile(vendorSchema(name))]),
);
export const validateBody = (schema: string, body: unknown) => {
  const validate = validators[schema]!;
  return validate(body) ? [] : (validate.errors ?? []).map((error: ErrorObject) => `${error.instancePath} ${error.message}`);
};

/**
 * Zendesk's own OpenAPI components for an SLA policy and a trigger (test/fixtures/zendesk-openapi/,
 * with their source): a body the stand-in takes must match them too, not only cs-policy's stricter schema.
 */
const openapi = new Ajv({ strict: false, allErrors: true, validateFormats: false });
const components = (file: string) => (JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'zendesk-openapi', file), 'utf8')) as { components: { schemas: object } }).components.schemas;
openapi.addSchema({ $id: 'zendesk-openapi', components: { schemas: { ...components('sla-policy-components.json'), ...components('trigger-components.json') } } });
export const validateZendeskOpenApi = (component: string, value: unknown): string[] => {
  const validate = openapi.getSchema(`zendesk-openapi#/components/schemas/${component}`)!;
  return validate(value) ? [] : (validate.errors ?? []).map((error) => `${component}${error.instancePath} ${error.message}`);
};

/**
 * What Zendesk documents about an SLA policy's metrics beyond the shapes the schemas check, each
 * rule with its source. Nothing else is refused: Zendesk documents no largest target and no rule
 * tying target to target_in_seconds, so neither is checked.
 */
const ZENDESK_SLA_METRICS = [
  // SLA Policies reference, "Metrics" (developer.zendesk.com/api-reference/ticketing/business-rules/sla_policies/#metrics).
  // The OpenAPI description's SLAPolicyMetricObject types metric as any string; the reference lists these seven.
  'agent_work_time', 'first_reply_time', 'next_reply_time', 'pausable_update_time', 'periodic_update_time', 'requester_wait_time', 'total_resolution_time',
];
// Actions reference, "priority" (developer.zendesk.com/documentation/ticketing/reference-guides/actions-reference/): "low", "normal", "high" or "urgent".
const ZENDESK_PRIORITIES = ['low', 'normal', 'high', 'urgent'];
// Help Center, "Defining SLA policies" (support.zendesk.com/hc/en-us/articles/4408829459866): "The minimum target time you can set is 15 seconds."
const ZENDESK_MINIMUM_TARGET_SECONDS = 15;
export function zendeskSlaMetricRules(sla: unknown): string[] {
  const metrics = (sla as { policy_metrics?: unknown }).policy_metrics;
  if (metrics === undefined) return [];
  if (!Array.isArray(metrics)) return ['policy_metrics must be an array'];
  const errors: string[] = [];
  metrics.forEach((item: Record<string, unknown>, i) => {
    const at = `policy_metrics[${i}]`;
    if (!ZENDESK_SLA_METRICS.includes(String(item.metric))) errors.push(`${at}.metric ${String(item.metric)} is not one of ${ZENDESK_SLA_METRICS.join(', ')}`);
    if (!ZENDESK_PRIORITIES.includes(String(item.priority))) errors.push(`${at}.priority ${String(item.priority)} is not one of ${ZENDESK_PRIORITIES.join(', ')}`);
    // SLA Policies reference, "Policy Metric": target is an integer "measured in minutes", target_in_seconds an integer
    // "measured in seconds", business_hours a boolean (as SLAPolicyMetricObject in the OpenAPI description).
    if (!Number.isSafeInteger(item.target) || (item.target as number) < 1) errors.push(`${at}.target must be a whole number of minutes, at least 1`);
    if (item.target_in_seconds !== undefined && !Number.isSafeInteger(item.target_in_seconds)) errors.push(`${at}.target_in_seconds must be a whole number of seconds`);
    if (typeof item.business_hours !== 'boolean') errors.push(`${at}.business_hours must be true or false`);
    const seconds = item.target_in_seconds !== undefined ? Number(item.target_in_seconds) : Number(item.target) * 60;
    if (seconds < ZENDESK_MINIMUM_TARGET_SECONDS) errors.push(`${at}: the minimum target time is ${ZENDESK_MINIMUM_TARGET_SECONDS} seconds`);
  });
  return errors;
}

/**
 * Zendesk's documented limits on a schedule's weekly intervals, in minutes from Sunday 00:00.
 * Help Center, "Setting your business hours and holidays" (support.zendesk.com/hc/en-us/articles/4408842938522):
 * "Each business interval must be at least 1 hour long. You can extend your business hours in 15
 * minute increments. You can adjust the interval start time in 15 minute increments. A schedule
 * interval can't overlap a date boundary."
 */
export function zendeskIntervalRules(intervals: readonly { start_time: number; end_time: number }[]): string[] {
  const errors: string[] = [];
  for (const { start_time: start, end_time: end } of intervals) {
    const at = `interval ${start}-${end}`;
    if (end <= start || Math.floor(start / 1440) !== Math.floor((end - 1) / 1440)) errors.push(`${at}: intervals cannot span calendar days`);
    else if (end - start < 60) errors.push(`${at}: each business interval must be at least 1 hour long`);
    if (start % 15 !== 0 || (end - start) % 15 !== 0) errors.push(`${at}: start time and length go in 15 minute increments`);
  }
  return errors;
}

/** YYYY-MM-DD two years before or after a day, as Zendesk counts its holiday window. */
const yearsFrom = (day: string, years: number) => `${Number(day.slice(0, 4)) + years}${day.slice(4)}`;

/** An object with its keys in reverse order: the vendors answer in their own order, not the request's. */
const reordered = <T>(value: T): T => (Array.isArray(value) ? value.map(reordered) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).reverse().map(([key, item]) => [key, reordered(item)])) : value) as T;

export interface Faults {
  /** The n-th write (1-based) first answers 429 with Retry-After. */
  rateLimitAt?: number;
  retryAfter?: string;
  /** The n-th write answers 500. */
  failAt?: number;
  /** The next page each SLA policy list page names instead of its own (another origin, a page already read, pages without end). */
  nextPage?: (page: number, perPage: number) => string;
  /** The helpdesk's today, for Zendesk's two-year holiday window. */
  today?: string;
}

export interface FakeHelpdesk {
  url: string;
  vendor: Vendor;
  /** Every request seen, in order. */
  log: { method: string; path: string; status: number }[];
  /** The objects as the helpdesk's list endpoints would return them. */
  state: { schedules: Record<string, unknown>[]; holidays: Map<number, Record<string, unknown>[]>; slaPolicies: Record<string, unknown>[]; triggers: Record<string, unknown>[] };
  faults: Faults;
  writes: number;
  /** SLA policies (and Zendesk triggers) a list page holds when the request names no page size: 30 on Freshdesk, 100 on Zendesk. */
  pageSize: number;
  close(): Promise<void>;
}

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > 1_000_000) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : undefined;
}

export async function startFakeHelpdesk(vendor: Vendor, auth: string, faults: Faults = {}): Promise<FakeHelpdesk> {
  let nextId = 1000;
  const state: FakeHelpdesk['state'] = { schedules: [], holidays: new Map(), slaPolicies: [], triggers: [] };
  const fake = { vendor, log: [], state, faults, writes: 0, pageSize: vendor === 'zendesk' ? 100 : 30 } as unknown as FakeHelpdesk;
  const send = (response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    response.writeHead(status, { 'content-type': 'application/json', ...headers });
    response.end(JSON.stringify(body));
  };
  const invalid = (response: ServerResponse, errors: string[]) => send(response, vendor === 'zendesk' ? 422 : 400, vendor === 'zendesk' ? { error: 'RecordInvalid', description: errors.join('; ') } : { description: 'Validation failed', errors: errors.map((message) => ({ field: '', message, code: 'invalid_value' })) });

  /** One page of a list (the SLA policies unless named) as the query asks for it, and the address of the next, if any; undefined for a page or size the vendor refuses. */
  const slaPage = (path: string, query: URLSearchParams, all: Record<string, unknown>[] = state.slaPolicies) => {
    const perPage = query.has('per_page') ? Number(query.get('per_page')) : fake.pageSize;
    const page = query.has('page') ? Number(query.get('page')) : 1;
    if (!Number.isInteger(perPage) || perPage < 1 || perPage > 100 || !Number.isInteger(page) || page < 1) return undefined;
    const items = all.slice((page - 1) * perPage, page * perPage);
    const more = page * perPage < all.length;
    const next = faults.nextPage?.(page, perPage) ?? (more ? `${fake.url}${path}?page=${page + 1}&per_page=${perPage}` : undefined);
    return { items, next };
  };

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<number> => {
    const method = request.method ?? 'GET';
    const [path, search] = (request.url ?? '/').split('?') as [string, string | undefined];
    const query = new URLSearchParams(search ?? '');
    if (request.headers.authorization !== auth) {
      send(response, 401, vendor === 'zendesk' ? { error: "Couldn't authenticate you" } : { code: 'invalid_credentials', message: 'You have to be logged in to perform this action.' });
      return 401;
    }
    let body: unknown;
    try {
      body = await readBody(request);
    } catch {
      send(response, 400, { error: 'bad JSON' });
      return 400;
    }
    if (method !== 'GET') {
      fake.writes += 1;
      if (faults.rateLimitAt === fake.writes) {
        faults.rateLimitAt = undefined;
        fake.writes -= 1;
        send(response, 429, { error: 'TooManyRequests' }, { 'retry-after': faults.retryAfter ?? '1' });
        return 429;
      }
      if (faults.failAt === fake.writes) {
        faults.failAt = undefined;
        send(response, 500, { error: 'InternalError', description: 'Something went wrong' });
        return 500;
      }
    }
    const id = () => nextId++;
    const check = (schema: string) => {
      const errors = validateBody(schema, body);
      if (errors.length > 0) invalid(response, errors);
      return errors.length === 0;
    };
    let match: RegExpExecArray | null;
    if (vendor === 'zendesk') {
      const schedule = (sid: string) => state.schedules.find((item) => String(item.id) === sid);
      // Answers in Zendesk's shapes: its own key order (workweek intervals as {end_time, start_time}).
      if (path === '/api/v2/business_hours/schedules' && method === 'GET') return send(response, 200, { schedules: reordered(state.schedules) }), 200;
      if (path === '/api/v2/business_hours/schedules' && method === 'POST') {
        if (!check('zendesk-schedule')) return 422;
        const created = { id: id(), ...(body as { schedule: object }).schedule, intervals: [], created_at: '2026-06-01T00:00:00Z' };
        state.schedules.push(created);
        return send(response, 201, { schedule: created }), 201;
      }
      if ((match = /^\/api\/v2\/business_hours\/schedules\/(\d+)$/.exec(path)) && method === 'DELETE') {
        const at = state.schedules.findIndex((item) => String(item.id) === match![1]);
        if (at < 0) return send(response, 404, { error: 'RecordNotFound' }), 404;
        state.holidays.delete(state.schedules[at]!.id as number);
        state.schedules.splice(at, 1);
        return response.writeHead(204).end(), 204;
      }
      if ((match = /^\/api\/v2\/business_hours\/schedules\/(\d+)$/.exec(path)) && method === 'PUT') {
        const found = schedule(match[1]!);
        if (!found) return send(response, 404, { error: 'RecordNotFound' }), 404;
        if (!check('zendesk-schedule')) return 422;
        Object.assign(found, (body as { schedule: object }).schedule);
        return send(response, 200, { schedule: found }), 200;
      }
      if ((match = /^\/api\/v2\/business_hours\/schedules\/(\d+)\/workweek$/.exec(path)) && method === 'PUT') {
        const found = schedule(match[1]!);
        if (!found) return send(response, 404, { error: 'RecordNotFound' }), 404;
        if (!check('zendesk-workweek')) return 422;
        const intervals = (body as { workweek: { intervals: { start_time: number; end_time: number }[] } }).workweek.intervals;
        const refused = zendeskIntervalRules(intervals);
        if (refused.length > 0) return invalid(response, refused), 422;
        found.intervals = intervals;
        return send(response, 200, { workweek: { intervals } }), 200;
      }
      if ((match = /^\/api\/v2\/business_hours\/schedules\/(\d+)\/holidays(?:\/(\d+))?$/.exec(path))) {
        const found = schedule(match[1]!);
        if (!found) return send(response, 404, { error: 'RecordNotFound' }), 404;
        const list = state.holidays.get(found.id as number) ?? [];
        state.holidays.set(found.id as number, list);
        if (method === 'GET' && !match[2]) return send(response, 200, { holidays: reordered(list) }), 200;
        const outsideWindow = () => {
          // "a start date no sooner than two years in the past and an end date no later than two years in the future"
          const holiday = (body as { holiday: { start_date: string; end_date: string } }).holiday;
          const today = faults.today ?? '2026-06-01';
          if (holiday.start_date >= yearsFrom(today, -2) && holiday.end_date <= yearsFrom(today, 2)) return false;
          invalid(response, ['Holiday dates must be within two years of today']);
          return true;
        };
        if (method === 'POST' && !match[2]) {
          if (!check('zendesk-holiday') || outsideWindow()) return 422;
          const created = { id: id(), ...(body as { holiday: object }).holiday };
          list.push(created);
          return send(response, 201, { holiday: created }), 201;
        }
        if (method === 'DELETE' && match[2]) {
          const at = list.findIndex((item) => String(item.id) === match![2]);
          if (at < 0) return send(response, 404, { error: 'RecordNotFound' }), 404;
          list.splice(at, 1);
          return response.writeHead(204).end(), 204;
        }
        if (method === 'PUT' && match[2]) {
          const holiday = list.find((item) => String(item.id) === match![2]);
          if (!holiday) return send(response, 404, { error: 'RecordNotFound' }), 404;
          if (!check('zendesk-holiday') || outsideWindow()) return 422;
          Object.assign(holiday, (body as { holiday: object }).holiday);
          return send(response, 200, { holiday }), 200;
        }
      }
      if (path === '/api/v2/slas/policies' && method === 'GET') {
        const page = slaPage(path, query);
        if (!page) return send(response, 400, { error: 'InvalidPaginationParameter' }), 400;
        return send(response, 200, { sla_policies: reordered(page.items), next_page: page.next ?? null, previous_page: null, count: state.slaPolicies.length }), 200;
      }
      const checkSla = () => {
        if (!check('zendesk-sla-policy')) return false;
        const sla = (body as { sla_policy: unknown }).sla_policy;
        const errors = [...validateZendeskOpenApi('SLAPolicyObject', sla), ...zendeskSlaMetricRules(sla)];
        if (errors.length > 0) invalid(response, errors);
        return errors.length === 0;
      };
      if (path === '/api/v2/slas/policies' && method === 'POST') {
        if (!checkSla()) return 422;
        const created = { id: id(), position: state.slaPolicies.length + 1, ...(body as { sla_policy: object }).sla_policy, created_at: '2026-06-01T00:00:00Z' };
        state.slaPolicies.push(created);
        return send(response, 201, { sla_policy: created }), 201;
      }
      if ((match = /^\/api\/v2\/slas\/policies\/(\d+)$/.exec(path)) && method === 'DELETE') {
        const at = state.slaPolicies.findIndex((item) => String(item.id) === match![1]);
        if (at < 0) return send(response, 404, { error: 'RecordNotFound' }), 404;
        state.slaPolicies.splice(at, 1);
        return response.writeHead(204).end(), 204;
      }
      if ((match = /^\/api\/v2\/slas\/policies\/(\d+)$/.exec(path)) && method === 'PUT') {
        const found = state.slaPolicies.find((item) => String(item.id) === match![1]);
        if (!found) return send(response, 404, { error: 'RecordNotFound' }), 404;
        if (!checkSla()) return 422;
        Object.assign(found, (body as { sla_policy: object }).sla_policy);
        return send(response, 200, { sla_policy: found }), 200;
      }
      // Triggers reference (developer.zendesk.com/api-reference/ticketing/business-rules/triggers/):
      // the list answers {triggers, next_page, previous_page, count}, at most 100 a page; a trigger
      // is sent under "trigger" with title, conditions and actions (schemas/vendor/zendesk-trigger).
      if (path === '/api/v2/triggers' && method === 'GET') {
        const page = slaPage(path, query, state.triggers);
        if (!page) return send(response, 400, { error: 'InvalidPaginationParameter' }), 400;
        return send(response, 200, reordered({ triggers: page.items, next_page: page.next ?? null, previous_page: null, count: state.triggers.length })), 200;
      }
      const checkTrigger = () => {
        if (!check('zendesk-trigger')) return false;
        const trigger = (body as { trigger: { actions: { field: string; value: string }[] } }).trigger;
        const errors = validateZendeskOpenApi('TriggerObject', trigger);
        // A schedule set on a ticket must be one the account has.
        for (const action of trigger.actions) if (action.field === 'set_schedule' && !schedule(action.value)) errors.push(`set_schedule ${action.value} is not a schedule of this account`);
        if (errors.length > 0) invalid(response, errors);
        return errors.length === 0;
      };
      if (path === '/api/v2/triggers' && method === 'POST') {
        if (!checkTrigger()) return 422;
        // "New ticket triggers are added in last place by default."
        const tid = id();
        const created = { id: tid, url: `${fake.url}/api/v2/triggers/${tid}.json`, active: true, position: state.triggers.length + 1, ...(body as { trigger: object }).trigger, default: false, created_at: '2026-06-01T00:00:00Z' };
        state.triggers.push(created);
        return send(response, 201, { trigger: created }), 201;
      }
      if ((match = /^\/api\/v2\/triggers\/(\d+)$/.exec(path)) && (method === 'PUT' || method === 'DELETE')) {
        const at = state.triggers.findIndex((item) => String(item.id) === match![1]);
        if (at < 0) return send(response, 404, { error: 'RecordNotFound' }), 404;
        if (method === 'DELETE') {
          state.triggers.splice(at, 1);
          return response.writeHead(204).end(), 204;
        }
        if (!checkTrigger()) return 422;
        Object.assign(state.triggers[at]!, (body as { trigger: object }).trigger);
        return send(response, 200, { trigger: state.triggers[at] }), 200;
      }
    } else {
      if (path === '/api/v2/sla_policies' && method === 'GET') {
        const page = slaPage(path, query);
        if (!page) return invalid(response, ['per_page and page must be whole numbers, per_page between 1 and 100']), 400;
        return send(response, 200, reordered(page.items), page.next ? { link: `<${page.next}>; rel="next"` } : {}), 200;
      }
      if (path === '/api/v2/sla_policies' && method === 'POST') {
        if (!check('freshdesk-sla-policy')) return 400;
        const created = { id: id(), is_default: false, position: state.slaPolicies.length + 2, ...(body as object), created_at: '2026-06-01T00:00:00Z' };
        state.slaPolicies.push(created);
        return send(response, 201, created), 201;
      }
      if ((match = /^\/api\/v2\/sla_policies\/(\d+)$/.exec(path)) && method === 'PUT') {
        const found = state.slaPolicies.find((item) => String(item.id) === match![1]);
        if (!found) return send(response, 404, { code: 'not_found' }), 404;
        // An update names only what changes: the policy it leaves must still be one Freshdesk takes.
        const writable = ['name', 'description', 'active', 'sla_target', 'applicable_to', 'escalation'];
        const merged = Object.fromEntries(Object.entries({ ...found, ...(body as object) }).filter(([key, value]) => writable.includes(key) && value !== undefined && value !== null));
        const errors = validateBody('freshdesk-sla-policy', merged);
        if (errors.length > 0) return invalid(response, errors), 400;
        Object.assign(found, body as object);
        return send(response, 200, found), 200;
      }
    }
    send(response, 404, { error: 'InvalidEndpoint' });
    return 404;
  };

  const server: Server = createServer((request, response) => {
    const path = request.url ?? '/';
    handle(request, response).then(
      (status) => fake.log.push({ method: request.method ?? 'GET', path, status }),
      () => send(response, 500, { error: 'fake helpdesk failed' }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  fake.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  fake.close = () => new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
  return fake;
}

import { fillPlaceholders, openPlaceholders, type Plan } from '../helpdesks/plan.js';
import type { Step, Target } from '../helpdesks/target.js';
import type { HttpClient } from './http.js';
import { isRecord } from '../core/is-record.js';

/**
 * Pages read of one list at most: with the biggest pages the helpdesks give (100), tens of
 * thousands of objects, far past any account's SLA policies or schedules, while a server that
 * names new pages without end cannot keep the command going.
 */
export const MAX_PAGES = 200;

/** A list that goes on past MAX_PAGES: reconciling against part of it would create duplicates. */
export class TooManyPages extends Error {
  constructor(readonly path: string, readonly pages: number) {
    super(`${path}: more than ${pages} pages`);
    this.name = 'TooManyPages';
  }
}


/**
 * One answer of a list from two pages of it: a top-level list, or an object's list fields,
 * concatenated. Other fields are the later page's, so the answer reads as a last page (next_page null).
 */
function mergePage(merged: unknown, page: unknown): unknown {
  if (Array.isArray(merged) && Array.isArray(page)) return [...merged, ...page];
  if (!isRecord(merged) || !isRecord(page)) return merged;
  const lists = Object.entries(page).filter(([key, value]) => Array.isArray(value) && Array.isArray(merged[key]));
  return { ...merged, ...page, ...Object.fromEntries(lists.map(([key, value]) => [key, [...(merged[key] as unknown[]), ...(value as unknown[])]])) };
}

const withQuery = (path: string, query: string | undefined) => (query ? `${path}${path.includes('?') ? '&' : '?'}${query}` : path);

/** Every page of one list endpoint, as one answer. */
async function readList(path: string, pageQuery: string | undefined, client: HttpClient): Promise<unknown> {
  const first = withQuery(path, pageQuery);
  let answer = await client.send('GET', first);
  let merged = answer.json;
  const read = new Set([first]);
  for (let pages = 1; answer.next !== undefined; pages++) {
    // A next page already read is a server going round in circles: everything it has was read.
    if (read.has(answer.next)) break;
    if (pages >= MAX_PAGES) throw new TooManyPages(path, MAX_PAGES);
    read.add(answer.next);
    answer = await client.send('GET', answer.next);
    merged = mergePage(merged, answer.json);
  }
  return merged;
}

/**
 * Reads everything reconcile needs: list endpoints first, then what depends on their answers.
 * Each list is read to its last page and kept under its plain path, as the target named it.
 */
export async function readExisting(target: Target, client: HttpClient): Promise<Map<string, unknown>> {
  const existing = new Map<string, unknown>();
  // Each round may add reads that depend on the last one (a schedule's holidays); two rounds are all any target needs.
  for (let round = 0; round < 3; round++) {
    const paths = target.reads(existing).filter((path) => !existing.has(path));
    if (paths.length === 0) break;
    for (const path of paths) existing.set(path, await readList(path, target.pageQuery, client));
  }
  return existing;
}

export async function planSteps(target: Target, plan: Plan, client: HttpClient): Promise<Step[]> {
  return target.reconcile(plan, await readExisting(target, client));
}

export class UnfilledPlaceholder extends Error {
  constructor(readonly method: string, readonly path: string, readonly names: string[]) {
    super(`unfilled ${names.join(', ')}`);
  }
}

/**
 * Sends the steps that change something, in order, filling each placeholder with the id the
 * helpdesk gave. `onSent` hears of each one, so a failure midway can say how far it got.
 */
export async function sendSteps(target: Target, steps: readonly Step[], client: HttpClient, onSent: (step: Step, status: number, path: string) => void): Promise<void> {
  const ids = new Map<string, string | number>();
  for (const step of steps) if (step.action === 'unchanged' && step.creates && step.id !== undefined) ids.set(step.creates, step.id);
  for (const step of steps) {
    if (step.action === 'unchanged') continue;
    const path = fillPlaceholders(step.path, ids);
    const body = fillPlaceholders(step.request.body, ids);
    const open = openPlaceholders([path, body]);
    if (open.length > 0) throw new UnfilledPlaceholder(step.method, path, open);
    const answer = await client.send(step.method, path, body);
    if (step.creates) {
      const id = target.createdId(answer.json);
      if (id !== undefined) ids.set(step.creates, id);
    }
    onSent(step, answer.status, path);
  }
}

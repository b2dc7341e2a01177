import { fillPlaceholders, openPlaceholders, type Plan } from '../export/plan.js';
import type { Step, Target } from '../targets/target.js';
import type { HttpClient } from './http.js';

/** Reads everything reconcile needs: list endpoints first, then what depends on their answers. */
export async function readExisting(target: Target, client: HttpClient): Promise<Map<string, unknown>> {
  const existing = new Map<string, unknown>();
  // Each round may add reads that depend on the last one (a schedule's holidays); two rounds are all any target needs.
  for (let round = 0; round < 3; round++) {
    const paths = target.reads(existing).filter((path) => !existing.has(path));
    if (paths.length === 0) break;
    for (const path of paths) existing.set(path, (await client.send('GET', path)).json);
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

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Metric, Policy } from '../../src/core/policy.js';
import type { AuditRecord } from '../../src/audit/types.js';
import { ROOT } from '../helpers/run-cli.js';

export function loadPolicy(name: string): Policy {
  return parse(readFileSync(join(ROOT, 'policies', name), 'utf8')) as Policy;
}

/** Seconds a target is on wall time, by a table rather than the duration parser. */
const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };
export function wallTargetSeconds(text: string): number {
  const match = /^(\d+)(s|m|h|d|w)$/.exec(text);
  if (!match) throw new Error(`the reference reads only simple targets, not ${text}`);
  return Number(match[1]) * UNIT_SECONDS[match[2]!]!;
}

export interface ReferenceCounts { records: number; met: number; breached: number; pending: number; no_data: number }

/** Elapsed seconds on a standard's clock, from the reference's own clock. */
export type ReferenceClock = (standardIndex: number, start: number, end: number) => number;

/**
 * The audit as plainly as it can be said, record by record and standard by standard, with no
 * cache and no shortcut: which standards apply, whether several actions compete for the record,
 * and met, breached or pending, judged by elapsed time on the reference clock.
 */
export function referenceAudit(policy: Policy, records: AuditRecord[], asOf: number, clock: ReferenceClock, targets: number[]) {
  const counts: ReferenceCounts[] = policy.standards.map(() => ({ records: 0, met: 0, breached: 0, pending: 0, no_data: 0 }));
  let ambiguous = 0;
  let unmatched = 0;
  for (const record of records) {
    const channel = policy.channels.some((c) => c.id === record.fields.channel) ? record.fields.channel : undefined;
    const priority = (policy.priorities ?? []).some((p) => p.id === record.fields.priority) ? record.fields.priority : undefined;
    const segment = (policy.segments ?? []).some((s) => s.id === record.fields.segment) ? record.fields.segment : undefined;
    const given = (record.fields.action ?? '').split(/[;|\s]+/).filter((id) => policy.actions.some((a) => a.id === id));
    const applies: number[] = [];
    policy.standards.forEach((s, i) => {
      const channels = s.channel ? [s.channel] : policy.actions.find((a) => a.id === s.action)?.channels;
      if (channels && !channels.includes(channel!)) return;
      if (s.priority && s.priority !== priority) return;
      if (s.segment && s.segment !== segment) return;
      if (given.length > 0 && !given.includes(s.action)) return;
      applies.push(i);
    });
    if (applies.length === 0) {
      unmatched++;
      continue;
    }
    if (given.length === 0 && new Set(applies.map((i) => policy.standards[i]!.action)).size > 1) {
      ambiguous++;
      continue;
    }
    for (const i of applies) {
      const metric: Metric = policy.standards[i]!.metric;
      const event = record.events[metric];
      if (event === undefined) {
        counts[i]!.no_data++;
        continue;
      }
      counts[i]!.records++;
      if (event !== null && event <= asOf) {
        if (clock(i, record.created, event) <= targets[i]!) counts[i]!.met++;
        else counts[i]!.breached++;
      } else if (clock(i, record.created, asOf) > targets[i]!) counts[i]!.breached++;
      else counts[i]!.pending++;
    }
  }
  return { counts, ambiguous, unmatched };
}

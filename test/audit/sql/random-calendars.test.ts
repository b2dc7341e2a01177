/**
 * Whole reports from the DuckDB engine equal the streaming engine's, in process, for random
 * calendars (split and +1 night shifts, seasons, holiday ranges, southern and 30-minute summer
 * time) and tickets opened and closed on the calendars' edges: openings, closings, local
 * midnights and clock changes. The water utility's policy is the frame; its calendars are drawn.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { Audit } from '../../../src/audit/audit.js';
import { IDENTITY_MAPPING } from '../../../src/audit/mapping.js';
import { loadDuckDb } from '../../../src/audit/readers/duckdb.js';
import { auditWithDuckDb } from '../../../src/audit/sql/duckdb-engine.js';
import type { AuditRecord } from '../../../src/audit/types.js';
import type { Policy } from '../../../src/core/policy.js';
import { ROOT, tempProject } from '../../helpers/run-cli.js';
import { fc, PROPERTY_OPTIONS } from '../../helpers/fast-check.js';
import { calendarArbitrary, edgeInstants, referenceIntervals, spansArbitrary } from './calendars.js';

const CASES = Number(process.env.SQL_REPORT_CALENDARS ?? 6);
const TICKETS = 400;
const BASE = parse(readFileSync(join(ROOT, 'policies', 'water-utility.en.yaml'), 'utf8')) as Policy;
const IDS = ['contact-centre', 'customer-centre', 'around-the-clock'];
const VALUES = {
  channel: ['email', 'letter', 'phone', 'centre', 'emergency-line'],
  priority: ['standard', 'emergency', ''],
  segment: ['priority-services', 'business', ''],
  action: ['answer-complaints', 'answer-written-contacts', 'take-emergencies', 'call-back-priority-customers'],
};

describe('the DuckDB engine on random calendars', () => {
  it(`gives the streaming engine's report for ${CASES} policies of random calendars`, async () => {
    const seed = PROPERTY_OPTIONS.seed ?? 1;
    const drawn = fc.sample(fc.tuple(calendarArbitrary, calendarArbitrary, calendarArbitrary), { numRuns: CASES, seed });
    const duckdb = await loadDuckDb();
    const connection = await (await duckdb.DuckDBInstance.create(':memory:')).connect();
    await connection.run("SET TimeZone = 'UTC'");
    const dir = tempProject();
    for (const [n, calendars] of drawn.entries()) {
      const policy: Policy = { ...BASE, calendars: calendars.map((c, i) => ({ ...c, id: IDS[i]!, name: IDS[i]! })) as Policy['calendars'] };
      const edges = edgeInstants(policy.calendars![0]!, referenceIntervals(policy.calendars![0]!, 'business'));
      const [spans] = fc.sample(spansArbitrary(edges, TICKETS), { numRuns: 1, seed: seed + n });
      const pick = <T>(list: readonly T[], i: number, salt: number): T => list[(i * 7 + salt * 13 + n) % list.length]!;
      const records: AuditRecord[] = spans!.map(([start, end], i) => {
        const fields = { channel: pick(VALUES.channel, i, 1), priority: pick(VALUES.priority, i, 2), segment: pick(VALUES.segment, i, 3), action: pick(VALUES.action, i, 4) };
        const open = i % 9 === 0;
        const at = Math.max(start, end);
        return {
          file: 'tickets.parquet', line: i + 1, id: String(i),
          fields: Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== '')),
          created: start,
          events: { answer: open ? null : at, 'first-response': i % 4 === 0 ? null : at, resolution: open ? null : at + (i % 5) * 3_600_000 },
        };
      });
      const rows = records.map((r) => {
        const ts = (v: number | null | undefined) => (v === null || v === undefined ? 'NULL' : `make_timestamptz(${v} * 1000)`);
        const text = (v: string | undefined) => (v === undefined ? 'NULL' : `'${v}'`);
        return `(${r.id}, ${text(r.fields.channel)}, ${text(r.fields.priority)}, ${text(r.fields.segment)}, ${text(r.fields.action)}, ${ts(r.created)}, ${ts(r.events.answer)}, ${ts(r.events['first-response'])}, ${ts(r.events.resolution)})`;
      });
      const file = join(dir, `tickets-${n}.parquet`);
      await connection.run(`COPY (SELECT * FROM (VALUES ${rows.join(', ')}) t(id, channel, priority, segment, action, created_at, answer_at, first_response_at, resolution_at) ORDER BY id) TO '${file}' (FORMAT parquet)`);
      const options = { asOf: Date.UTC(2026, 11, 31), mapping: IDENTITY_MAPPING };
      const stream = new Audit(policy, options);
      for (const record of records) stream.add(record);
      const sql = await auditWithDuckDb([{ path: file, file: 'tickets.parquet', parquet: true, source: 'duckdb' }], { policy, ...options });
      expect(sql.result, JSON.stringify(policy.calendars)).toEqual(stream.result());
      expect(sql.result.standards.some((s) => s.met + s.breached > 0)).toBe(true);
    }
    connection.disconnectSync?.();
  }, 300_000);
});

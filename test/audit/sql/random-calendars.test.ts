/**
 * Whole reports from the SQL engines (DuckDB, PostgreSQL) equal the streaming engine's, in process, for random
 * calendars (split and +1 night shifts, seasons, holiday ranges, southern and 30-minute summer
 * time) and tickets opened and closed on the calendars' edges: openings, closings, local
 * midnights and clock changes. The water utility's policy is the frame; its calendars are drawn.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { Audit } from '../../../src/audit/audit.js';
import { IDENTITY_MAPPING } from '../../../src/audit/mapping.js';
import { loadDuckDb } from '../../../src/audit/readers/duckdb.js';
import { auditWithDuckDb } from '../../../src/audit/sql/duckdb-engine.js';
import { auditWithPostgres } from '../../../src/audit/sql/postgres-engine.js';
import { postgresBinaries, startPostgres, type PostgresServer } from '../../helpers/postgres.js';
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

interface Case { policy: Policy; records: AuditRecord[]; rows: string[] }

/** Policies of random calendars and their tickets, drawn once with the suite's seed. */
function drawCases(): Case[] {
  const seed = PROPERTY_OPTIONS.seed ?? 1;
  const drawn = fc.sample(fc.tuple(calendarArbitrary, calendarArbitrary, calendarArbitrary), { numRuns: CASES, seed });
  return drawn.map((calendars, n) => {
    const policy: Policy = { ...BASE, calendars: calendars.map((c, i) => ({ ...c, id: IDS[i]!, name: IDS[i]! })) as Policy['calendars'] };
    const edges = edgeInstants(policy.calendars![0]!, referenceIntervals(policy.calendars![0]!, 'business'));
    const [spans] = fc.sample(spansArbitrary(edges, TICKETS), { numRuns: 1, seed: seed + n });
    const pick = <T>(list: readonly T[], i: number, salt: number): T => list[(i * 7 + salt * 13 + n) % list.length]!;
    const records: AuditRecord[] = spans!.map(([start, end], i) => {
      const fields = { channel: pick(VALUES.channel, i, 1), priority: pick(VALUES.priority, i, 2), segment: pick(VALUES.segment, i, 3), action: pick(VALUES.action, i, 4) };
      const open = i % 9 === 0;
      const at = Math.max(start, end);
      return {
        file: 'tickets', line: i + 1, id: String(i).padStart(4, '0'),
        fields: Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== '')),
        created: start,
        events: { answer: open ? null : at, 'first-response': i % 4 === 0 ? null : at, resolution: open ? null : at + (i % 5) * 3_600_000 },
      };
    });
    /** Values rows: times as epoch ms, turned into timestamps by each engine. */
    const rows = records.map((r) => {
      const ms = (v: number | null | undefined) => (v === null || v === undefined ? 'NULL' : String(v));
      const text = (v: string | undefined) => (v === undefined ? 'NULL' : `'${v}'`);
      return `('${r.id}', ${text(r.fields.channel)}, ${text(r.fields.priority)}, ${text(r.fields.segment)}, ${text(r.fields.action)}, ${ms(r.created)}, ${ms(r.events.answer)}, ${ms(r.events['first-response'])}, ${ms(r.events.resolution)})`;
    });
    return { policy, records, rows };
  });
}

const COLUMNS = 'id, channel, priority, segment, action, created_at, answer_at, first_response_at, resolution_at';
const OPTIONS = { asOf: Date.UTC(2026, 11, 31), mapping: IDENTITY_MAPPING };
const streamResult = (c: Case) => {
  const stream = new Audit(c.policy, OPTIONS);
  for (const record of c.records) stream.add(record);
  return stream.result();
};

describe('the SQL engines on random calendars', () => {
  const cases = drawCases();

  it(`DuckDB gives the streaming engine's report for ${CASES} policies of random calendars`, async () => {
    const duckdb = await loadDuckDb();
    const connection = await (await duckdb.DuckDBInstance.create(':memory:')).connect();
    await connection.run("SET TimeZone = 'UTC'");
    const dir = tempProject();
    for (const [n, c] of cases.entries()) {
      const file = join(dir, `tickets-${n}.parquet`);
      const times = ['created_at', 'answer_at', 'first_response_at', 'resolution_at'].map((t) => `make_timestamptz(${t} * 1000) AS ${t}`).join(', ');
      await connection.run(`COPY (SELECT * REPLACE (${times}) FROM (VALUES ${c.rows.join(', ')}) t(${COLUMNS}) ORDER BY id) TO '${file}' (FORMAT parquet)`);
      const sql = await auditWithDuckDb([{ path: file, file: 'tickets', parquet: true, source: 'duckdb' }], { policy: c.policy, ...OPTIONS });
      expect(sql.result, JSON.stringify(c.policy.calendars)).toEqual(streamResult(c));
      expect(sql.result.standards.some((s) => s.met + s.breached > 0)).toBe(true);
    }
    connection.disconnectSync?.();
  }, 300_000);

  const binaries = postgresBinaries();
  describe.skipIf(!binaries)('on PostgreSQL', () => {
    let server: PostgresServer;
    beforeAll(async () => {
      server = await startPostgres();
    }, 90_000);
    afterAll(async () => server?.stop());

    it(`PostgreSQL gives the streaming engine's report for ${CASES} policies of random calendars`, async () => {
      const url = `postgres://postgres@127.0.0.1:${server.port}/postgres`;
      for (const [n, c] of cases.entries()) {
        const times = ['created_at', 'answer_at', 'first_response_at', 'resolution_at'].map((t) => `TIMESTAMPTZ 'epoch' + ${t} * INTERVAL '1 millisecond' AS ${t}`).join(', ');
        await server.client.query(`CREATE TABLE tickets_${n} AS SELECT id, channel, priority, segment, action, ${times} FROM (VALUES ${c.rows.join(', ')}) t(${COLUMNS})`);
        const sql = await auditWithPostgres(url, `tickets_${n}`, { policy: c.policy, ...OPTIONS });
        const expected = JSON.parse(JSON.stringify(streamResult(c)).replaceAll('"file":"tickets"', `"file":"tickets_${n}"`));
        expect(sql.result, JSON.stringify(c.policy.calendars)).toEqual(expected);
      }
    }, 300_000);
  });
});

/**
 * `audit --sql <dialect>`: the audit as one SQL script for a warehouse cs-policy cannot connect
 * to, and `audit --from-sql-result`: its result turned back into the usual report.
 *
 * The script loads the calendar table (calendar-table.ts) and runs one query over the tickets
 * table. The query cannot know which standards apply to which tickets (that is the mapping
 * file's and the policy's business, done in Node by the streaming engine's own resolver), so it
 * measures every ticket on every standard's clock and target and counts, per combination of the
 * raw channel, priority, segment and action values and per month; reading the result back, only
 * the counts of combinations a standard applies to are added to it. The result is small: rows
 * per combination, standard and month, not per ticket.
 *
 * Rows of the result: `kind` and `item` say what a row counts (see ResultRow); the rest are the
 * raw field values, the month, and counts. Dialect differences come from dialects.ts only.
 */
import { Audit, MAX_MS, MIN_MS, type AuditResult, type SqlTallies } from '../audit.js';
import type { Mapping } from '../mapping.js';
import { METRIC_COLUMNS } from '../readers/csv.js';
import { SOURCE_FIELDS, type SourceField } from '../types.js';
import type { Metric, Policy } from '../../core/policy.js';
import { CliError } from '../../errors.js';
import { calendarCsv, calendarInserts } from './audit-sql.js';
import { DIALECT, floorDiv, sqlName, type DialectName } from './dialects.js';
import { policyTables } from './policy-tables.js';
import { AUDIT_MESSAGES } from '../messages.js';

const DAY_MS = 86_400_000;
const BINS = 9;
export const CALENDAR_TABLE = 'cs_policy_calendar';

export interface WarehouseOptions {
  dialect: DialectName;
  table: string;
  policy: Policy;
  mapping: Mapping;
  asOf: number;
  from: number;
  to?: number;
}

/** Names of the result's count columns, in order. */
const COUNTS = ['n', 'a', 'b', 'c', ...Array.from({ length: BINS }, (_, i) => `b${i}`)];
const FIELDS = SOURCE_FIELDS.map((f) => `f_${f}`);

/** The metrics the audit reads: each standard's (as the mapping file maps it), and resolution for the escalation ladder. */
function metricsRead(policy: Policy, mapping: Mapping): Metric[] {
  const metrics = new Set<Metric>(policy.standards.map((s) => mapping.metrics?.[s.metric] ?? s.metric));
  if (policy.escalation.levels.length > 0) metrics.add('resolution');
  return [...metrics];
}

/** The table's columns the query reads: the fields the mapping file reads values from, created_at, and each metric's time. */
export function columnsRead(policy: Policy, mapping: Mapping): { fields: SourceField[]; metrics: Metric[] } {
  const fields = new Set<SourceField>((['channel', 'priority', 'segment', 'action'] as const).map((f) => mapping.fields[f].from));
  if (!(policy.priorities ?? []).length) fields.delete('priority');
  if (!(policy.segments ?? []).length) fields.delete('segment');
  fields.add('channel');
  return { fields: SOURCE_FIELDS.filter((f) => fields.has(f)), metrics: metricsRead(policy, mapping) };
}

export interface WarehouseScript { sql: string; csv: string }

export function warehouseScript(o: WarehouseOptions): WarehouseScript {
  const d = DIALECT[o.dialect];
  const { fields, metrics } = columnsRead(o.policy, o.mapping);
  const until = Math.max(o.to ?? o.asOf, o.asOf) + DAY_MS;
  const tables = policyTables(o.policy, o.from, until);
  if (tables.failed.some((f) => f.result.problem === 'range')) throw new CliError(AUDIT_MESSAGES['audit.sqlRange'], { from: new Date(o.from).toISOString(), to: new Date(until).toISOString() });
  const spanCount = Math.max(1, ...tables.tables.map((t) => t.spanCount));
  const core = new Audit(o.policy, { asOf: o.asOf, from: o.from, ...(o.to !== undefined ? { to: o.to } : {}), mapping: o.mapping });
  const plans = core.plansForSql();
  const cal = sqlName(d, CALENDAR_TABLE);
  const have = new Set(tables.tables.map((t) => `${t.calendar}\u0000${t.clock}`));
  const calendars = new Set((o.policy.calendars ?? []).map((c) => c.id));
  const tableKey = (clock: string, calendar: string | undefined) => {
    const id = calendar !== undefined && calendars.has(calendar) ? calendar : 'calendar';
    return have.has(`${id}\u0000${clock}`) ? { id, clock } : undefined;
  };
  const ms = (metric: Metric) => `m_${metric.replace(/-/g, '_')}`;
  const double = (x: string) => `CAST(${x} AS ${d.double})`;
  const num = (x: number) => `CAST(${d.string(String(x))} AS ${d.double})`;
  const before = (a: string, instant: string) =>
    `(${a}.open_before + ${Array.from({ length: spanCount }, (_, i) => `greatest(0, least(${instant} - ${a}.utc_day * ${DAY_MS}, ${a}.e${i}) - ${a}.s${i})`).join(' + ')})`;
  const join = (a: string, key: { id: string; clock: string }, instant: string) =>
    `LEFT JOIN ${cal} ${a} ON ${a}.calendar_id = ${d.string(key.id)} AND ${a}.clock = ${d.string(key.clock)} AND ${a}.utc_day = ${floorDiv(d, instant, DAY_MS)}`;
  const fieldList = FIELDS.join(', ');
  const select = (kind: string, item: number | string, month: string, counts: string[]) =>
    `SELECT ${d.string(kind)} AS kind, ${item} AS item, ${fieldList}, ${month} AS month, ${COUNTS.map((c, i) => `${counts[i] ?? '0'} AS ${c}`).join(', ')}`;

  const source = [
    ...SOURCE_FIELDS.map((f) => (fields.includes(f) ? `COALESCE(CAST(${sqlName(d, f)} AS ${d.text}), '') AS f_${f}` : `'' AS f_${f}`)),
    `${d.epochMs(sqlName(d, 'created_at'))} AS c_ms`,
    ...metrics.map((m) => `${d.epochMs(sqlName(d, METRIC_COLUMNS[m]))} AS ${ms(m)}_ms`),
  ];
  const badEvent = metrics.map((m) => `${ms(m)}_ms < c_ms`);
  const period = [`c_ms >= ${o.from}`, ...(o.to !== undefined ? [`c_ms < ${o.to}`] : [])].join(' AND ');
  const inRange = [`c_ms >= ${MIN_MS}`, `c_ms < ${MAX_MS}`, ...metrics.map((m) => `(${ms(m)}_ms IS NULL OR ${ms(m)}_ms < ${MAX_MS})`)].join(' AND ');
  const firstBad = metrics.length === 0 ? '0' : `CASE ${metrics.map((m, i) => `WHEN ${ms(m)}_ms < c_ms THEN ${i}`).join(' ')} END`;

  const parts: string[] = [
    // Every row read; rows without created_at; rows with an event before creation, by its first column.
    `${select('rows', 0, 'NULL', ['COUNT(*)'])} FROM (SELECT ${fieldList} FROM t) r0 GROUP BY ${fieldList}`,
    `${select('no_created', 0, 'NULL', ['COUNT(*)'])} FROM t WHERE c_ms IS NULL GROUP BY ${fieldList}`,
    ...(metrics.length > 0 ? [`SELECT 'before_created' AS kind, item, ${fieldList}, NULL AS month, COUNT(*) AS n, ${COUNTS.slice(1).map((c) => `0 AS ${c}`).join(', ')} FROM (SELECT ${fieldList}, ${firstBad} AS item FROM t WHERE c_ms IS NOT NULL AND (${badEvent.join(' OR ')})) r1 GROUP BY item, ${fieldList}`] : []),
    `${select('outside', 0, 'NULL', ['COUNT(*)'])} FROM good WHERE NOT (${period}) GROUP BY ${fieldList}`,
    `${select('combo', 0, 'NULL', ['COUNT(*)', d.countIf(`NOT (${inRange})`)])} FROM good WHERE ${period} GROUP BY ${fieldList}`,
  ];
  for (const [index, plan] of plans.standards.entries()) {
    if (plan.targetSeconds === undefined || plan.pauseSet) continue;
    const key = tableKey(plan.clock, plan.calendar);
    if (!key) continue;
    const m = `${ms(plan.metric)}_ms`;
    const t = plan.targetSeconds;
    const el = `${double('elapsed_ms')} / ${num(1000)}`;
    const bin = t / 4 > 0 ? `LEAST(${BINS - 1}, GREATEST(0, CAST(CEIL(${el} / ${num(t / 4)}) AS ${d.bigint}) - 1))` : `CASE WHEN elapsed_ms > 0 THEN ${BINS - 1} ELSE 0 END`;
    parts.push(`${select('standard', index, 'month', [
      'COUNT(*)', d.countIf(`closed = 1 AND ${el} <= ${num(t)}`), d.countIf(`${el} > ${num(t)}`), d.countIf(`closed = 0 AND ${el} <= ${num(t)}`),
      ...Array.from({ length: BINS }, (_, k) => d.countIf(`closed = 1 AND bin = ${k}`)),
    ])} FROM (
    SELECT ${fieldList}, closed, elapsed_ms, month, ${bin} AS bin FROM (
      SELECT r.*, CASE WHEN r.e > r.s THEN ${before('x', 'r.e')} - ${before('b', 'r.s')} ELSE 0 END AS elapsed_ms,
        CASE WHEN b.utc_day IS NULL OR x.utc_day IS NULL THEN NULL WHEN r.s - b.utc_day * ${DAY_MS} < b.month_split THEN b.month_before ELSE b.month_after END AS month
      FROM (SELECT ${fieldList}, c_ms AS s, CASE WHEN ${m} IS NOT NULL AND ${m} <= ${o.asOf} THEN ${m} ELSE ${o.asOf} END AS e,
          CASE WHEN ${m} IS NOT NULL AND ${m} <= ${o.asOf} THEN 1 ELSE 0 END AS closed FROM judged) r
      ${join('b', key, 'r.s')} ${join('x', key, 'r.e')}
    ) r2
  ) r3 GROUP BY ${fieldList}, month`);
  }
  if (metrics.includes('resolution')) {
    const r = `${ms('resolution')}_ms`;
    for (const [index, level] of plans.levels.entries()) {
      if (!level.measured) continue;
      const key = tableKey(level.clock, level.calendar);
      if (!key) continue;
      parts.push(`${select('level', index, 'NULL', ['COUNT(*)', d.countIf('hit = 1'), d.countIf('hit = 1 AND still_open = 1'), d.countIf('found = 0')])} FROM (
    SELECT r.*, CASE WHEN b.utc_day IS NULL OR x.utc_day IS NULL THEN 0 ELSE 1 END AS found,
      CASE WHEN r.e >= r.s AND ${double(`CASE WHEN r.e > r.s THEN ${before('x', 'r.e')} - ${before('b', 'r.s')} ELSE 0 END`)} >= ${num(level.afterSeconds * 1000)} THEN 1 ELSE 0 END AS hit
    FROM (SELECT ${fieldList}, c_ms AS s, CASE WHEN ${r} IS NULL OR ${r} > ${o.asOf} THEN 1 ELSE 0 END AS still_open,
        CASE WHEN ${r} IS NULL OR ${r} > ${o.asOf} THEN ${o.asOf} ELSE ${r} END AS e FROM judged) r
    ${join('b', key, 'r.s')} ${join('x', key, 'r.e')}
  ) r4 GROUP BY ${fieldList}`);
    }
  }
  const header = [
    `-- cs-policy audit of "${o.policy.id}" as SQL for ${o.dialect}, as of ${new Date(o.asOf).toISOString()}, tickets created from ${new Date(o.from).toISOString()}${o.to !== undefined ? ` to ${new Date(o.to).toISOString()}` : ''}.`,
    `-- Reads ${sqlName(d, o.table)}: created_at, ${[...fields, ...metrics.map((m) => METRIC_COLUMNS[m])].join(', ')} (times as timestamps in UTC).`,
    `-- 1. Loads the calendar table ${CALENDAR_TABLE} (also written as CSV beside this file). 2. The query: export its result as CSV`,
    '--    with a header line, and give it to: cs-policy audit <policy> --from-sql-result <file> [--map <file>].',
  ].join('\n');
  const query = `WITH t AS (
  SELECT ${source.join(',\n    ')}
  FROM ${sqlName(d, o.table)}
),
good AS (SELECT * FROM t WHERE c_ms IS NOT NULL${badEvent.length > 0 ? ` AND NOT (${badEvent.map((b) => `COALESCE(${b}, FALSE)`).join(' OR ')})` : ''}),
judged AS (SELECT * FROM good WHERE ${period} AND ${inRange})
${[`${select('as_of', 0, 'NULL', [String(o.asOf), String(o.from), o.to === undefined ? 'NULL' : String(o.to)])} FROM (SELECT ${FIELDS.map((f) => `'' AS ${f}`).join(', ')}) r5`, ...parts].join('\nUNION ALL\n')};
`;
  return { sql: `${header}\n${calendarInserts(o.dialect, CALENDAR_TABLE, tables.tables)}\n${query}`, csv: calendarCsv(tables.tables) };
}

/** A CSV as warehouses write it (RFC 4180, a header line): rows of named cells. */
export function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  const [head, ...body] = rows;
  if (!head) return [];
  const names = head.map((h) => h.trim().toLowerCase());
  return body.filter((r) => r.length > 1 || r[0] !== '').map((r) => Object.fromEntries(names.map((n, i) => [n, r[i] ?? ''])));
}

/** The report from the script's result: the counts of each combination a standard applies to, added up by the streaming engine's Audit. */
export function auditFromSqlResult(text: string, file: string, policy: Policy, mapping: Mapping, requireAll: boolean): { result: AuditResult; rows: number } {
  const rows = parseCsv(text);
  const meta = rows.find((r) => r.kind === 'as_of');
  if (!meta || !COUNTS.every((c) => c in meta) || !FIELDS.every((f) => f in meta)) throw new CliError(AUDIT_MESSAGES['audit.sqlResultShape'], { file });
  const n = (value: string | undefined) => (value === undefined || value === '' || /^null$/i.test(value) ? 0 : Number(value));
  const asOf = n(meta.n);
  const from = n(meta.a);
  const to = meta.b === '' || /^null$/i.test(meta.b ?? '') ? undefined : n(meta.b);
  const core = new Audit(policy, { asOf, from, ...(to !== undefined ? { to } : {}), mapping, requireAll });
  const plans = core.plansForSql();
  const keyOf = (r: Record<string, string>) => FIELDS.map((f) => r[f] ?? '').join('\u0000');
  const combos = new Map<string, ReturnType<Audit['resolveFields']>>();
  const resolve = (r: Record<string, string>) => {
    const key = keyOf(r);
    let resolved = combos.get(key);
    if (!resolved) {
      const fields: Partial<Record<SourceField, string>> = {};
      for (const field of SOURCE_FIELDS) if ((r[`f_${field}`] ?? '') !== '') fields[field] = r[`f_${field}`]!;
      combos.set(key, (resolved = core.resolveFields(fields)));
    }
    return resolved;
  };
  const tallies: SqlTallies = {
    records: 0, outside: 0, ambiguous: { count: 0, examples: [] }, unmatched: { count: 0, examples: [] }, unmapped: [],
    standards: plans.standards.map(() => ({ noData: 0, noPriority: 0, notJudged: [], months: [], bins: new Array<number>(BINS).fill(0) })),
    levels: plans.levels.map(() => ({ cases: 0, reached: 0, still_open: 0 })),
  };
  const unmapped = new Map<string, SqlTallies['unmapped'][number]>();
  const metrics = metricsRead(policy, mapping);
  let total = 0;
  let outOfRange = 0;
  for (const r of rows) {
    const count = n(r.n);
    if (r.kind === 'rows') total += count;
    else if (r.kind === 'no_created') for (let i = 0; i < count; i++) core.addBad({ file, line: 0, reason: { kind: 'missing-value', column: 'created_at' } });
    else if (r.kind === 'before_created') for (let i = 0; i < count; i++) core.addBad({ file, line: 0, reason: { kind: 'event-before-creation', column: METRIC_COLUMNS[metrics[n(r.item)]!] } });
    else if (r.kind === 'outside') tallies.outside += count;
    else if (r.kind === 'combo') {
      const resolved = resolve(r);
      tallies.records += count;
      for (const entry of resolved.unmapped) {
        const key = `${entry.field}\u0000${entry.value}`;
        const known = unmapped.get(key);
        if (known) known.count += count;
        else unmapped.set(key, { ...entry, count });
      }
      const match = resolved.match;
      if ('none' in match) tallies.unmatched.count += count;
      else if ('ambiguous' in match) tallies.ambiguous.count += count;
      else {
        const oor = n(r.a);
        outOfRange += oor;
        for (let i = 0; i < oor; i++) core.addBad({ file, line: 0, reason: { kind: 'out-of-range' } });
        for (const std of match.noPriority) tallies.standards[std]!.noPriority += count - oor;
        for (const std of match.standards) {
          const plan = plans.standards[std]!;
          if (plan.pauseSet && plan.targetSeconds !== undefined && count - oor > 0) tallies.standards[std]!.notJudged.push([plan.pauseSet, count - oor]);
        }
      }
    } else if (r.kind === 'standard' || r.kind === 'level') {
      const match = resolve(r).match;
      if (!('standards' in match)) continue;
      const item = n(r.item);
      if (r.kind === 'standard') {
        if (!match.standards.includes(item)) continue;
        if (r.month === '' || /^null$/i.test(r.month ?? '')) throw new CliError(AUDIT_MESSAGES['audit.sqlOutsideCalendar'], { count: String(count), id: plans.standards[item]!.id });
        const s = tallies.standards[item]!;
        s.months.push({ month: r.month!, records: count, met: n(r.a), breached: n(r.b), pending: n(r.c) });
        for (let k = 0; k < BINS; k++) s.bins[k]! += n(r[`b${k}`]);
      } else {
        if (!match.escalates) continue;
        if (n(r.c) > 0) throw new CliError(AUDIT_MESSAGES['audit.sqlOutsideCalendar'], { count: r.c!, id: `escalation ${item + 1}` });
        const level = tallies.levels[item]!;
        level.cases += count;
        level.reached += n(r.a);
        level.still_open += n(r.b);
      }
    }
  }
  tallies.records -= outOfRange;
  tallies.unmapped = [...unmapped.values()];
  core.absorb(tallies);
  return { result: core.result(), rows: total };
}

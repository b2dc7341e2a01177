/**
 * The warehouse dialects cs-policy cannot run here are checked by parsing the generated SQL with
 * node-sql-parser, which knows each one's grammar: BigQuery, Snowflake, Redshift, and Hive for
 * Databricks (whose SQL grew out of HiveQL). PostgreSQL is parsed too, as a check on the check.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { calendarTable } from '../../../src/audit/sql/calendar-table.js';
import { calendarInserts, elapsedQuery, verdictQuery } from '../../../src/audit/sql/audit-sql.js';
import type { DialectName } from '../../../src/audit/sql/dialects.js';

interface Parser { astify(sql: string, options: { database: string }): unknown }
const { Parser } = createRequire(import.meta.url)('node-sql-parser') as { Parser: new () => Parser };
const parser = new Parser();

const PARSED: [DialectName, string][] = [['bigquery', 'BigQuery'], ['snowflake', 'Snowflake'], ['redshift', 'Redshift'], ['databricks', 'Hive'], ['postgres', 'PostgresQL']];

const calendar = { id: "o'clock support", timezone: 'Australia/Lord_Howe', hours: ['09:00-12:00', '22:00-02:00+1'], holidays: [{ date: '2026-04-05' }] };
const table = calendarTable(calendar, 'business', Date.UTC(2026, 3, 1), Date.UTC(2026, 3, 10));
if (!table.ok) throw new Error('no table');
const query = { tickets: 'analytics.zendesk_tickets', id: 'ticket_id', start: 'created_at', end: 'solved_at', calendarTable: 'analytics.cs_policy_calendar', calendar: calendar.id, clock: 'business' as const, spanCount: table.table.spanCount };

describe.each(PARSED)('the SQL generated for %s', (dialect, database) => {
  it('parses: the elapsed query, the verdict query, the calendar table', () => {
    const parse = (sql: string) => () => parser.astify(sql, { database });
    expect(parse(elapsedQuery({ ...query, dialect }))).not.toThrow();
    expect(parse(verdictQuery({ ...query, dialect, targetMs: 14_400_000 }))).not.toThrow();
    for (const statement of calendarInserts(dialect, 'analytics.cs_policy_calendar', [table.table]).split(/;\n/).filter((s) => s.trim())) {
      expect(parse(statement)).not.toThrow();
    }
  });
});

describe('the parser as a check', () => {
  it.each(PARSED)('refuses a query with a parenthesis missing in %s', (dialect, database) => {
    const broken = elapsedQuery({ ...query, dialect }).replace('greatest(0, least(', 'greatest(0, least');
    expect(() => parser.astify(broken, { database })).toThrow();
  });
});

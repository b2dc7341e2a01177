/**
 * Everything the audit's SQL writes differently per engine, in one table. The query itself is
 * written once (audit-sql.ts) from these few pieces. Sources, each engine's own reference:
 * - DuckDB: epoch_ms, `//`, count(*) FILTER (duckdb.org/docs/sql/functions/timestamp).
 * - PostgreSQL: extract(epoch ...) is numeric since 14 (postgresql.org/docs/current/functions-datetime).
 * - BigQuery: UNIX_MILLIS, DIV, COUNTIF; strings escape with backslashes (cloud.google.com/bigquery/docs/reference/standard-sql).
 * - Snowflake: DATE_PART(epoch_millisecond, ...), COUNT_IF; `/` gives a decimal (docs.snowflake.com).
 * - Redshift: EXTRACT(epoch ...) drops the milliseconds, so DATEDIFF(millisecond, ...) from the
 *   epoch; no FILTER clause (docs.aws.amazon.com/redshift/latest/dg/r_EXTRACT_function.html).
 * - Databricks: unix_millis, `/` (always a double), count_if; strings escape with backslashes (docs.databricks.com/sql/language-manual).
 */
export const DIALECTS = ['duckdb', 'postgres', 'bigquery', 'snowflake', 'redshift', 'databricks'] as const;
export type DialectName = (typeof DIALECTS)[number];

export interface Dialect {
  /** Epoch milliseconds (a 64-bit integer) of a timestamp expression, read as UTC. */
  epochMs(timestamp: string): string;
  /** a / b as a 64-bit integer, for integers a and b > 0 where b divides a exactly. */
  exactDiv(a: string, b: string): string;
  /** How many rows of the group a condition holds for. */
  countIf(condition: string): string;
  /** The 64-bit integer, text and double-precision float types. */
  bigint: string;
  text: string;
  double: string;
  /** A string literal. */
  string(value: string): string;
  /** How a name that is not a plain identifier is quoted. */
  quote(name: string): string;
  /** Words before TABLE in the calendar table's CREATE (a session's temporary table where the engine has one). */
  createTable: string;
}

const standardString = (value: string): string => `'${value.replace(/'/g, "''")}'`;
const backslashString = (value: string): string => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const doubleQuoted = (name: string): string => `"${name.replace(/"/g, '""')}"`;
const backQuoted = (name: string): string => `\`${name.replace(/`/g, '``')}\``;
const filterCount = (condition: string): string => `count(*) FILTER (WHERE ${condition})`;

export const DIALECT: Record<DialectName, Dialect> = {
  duckdb: {
    epochMs: (t) => `epoch_ms(${t})`,
    exactDiv: (a, b) => `(${a}) // (${b})`,
    countIf: filterCount,
    double: 'DOUBLE', bigint: 'BIGINT', text: 'VARCHAR', string: standardString, quote: doubleQuoted, createTable: 'CREATE TABLE',
  },
  postgres: {
    epochMs: (t) => `CAST(floor(extract(epoch FROM ${t}) * 1000) AS BIGINT)`,
    exactDiv: (a, b) => `(${a}) / (${b})`,
    countIf: filterCount,
    double: 'DOUBLE PRECISION', bigint: 'BIGINT', text: 'TEXT', string: standardString, quote: doubleQuoted, createTable: 'CREATE TABLE',
  },
  bigquery: {
    epochMs: (t) => `UNIX_MILLIS(${t})`,
    exactDiv: (a, b) => `DIV(${a}, ${b})`,
    countIf: (c) => `COUNTIF(${c})`,
    double: 'FLOAT64', bigint: 'INT64', text: 'STRING', string: backslashString, quote: backQuoted, createTable: 'CREATE TABLE',
  },
  snowflake: {
    epochMs: (t) => `DATE_PART(epoch_millisecond, ${t})`,
    // `/` on integers gives a decimal with a few more digits of scale: exact here, and truncated back.
    exactDiv: (a, b) => `TRUNC((${a}) / (${b}))`,
    countIf: (c) => `COUNT_IF(${c})`,
    double: 'DOUBLE', bigint: 'BIGINT', text: 'VARCHAR', string: standardString, quote: doubleQuoted, createTable: 'CREATE TABLE',
  },
  redshift: {
    epochMs: (t) => `DATEDIFF(millisecond, TIMESTAMP '1970-01-01 00:00:00', ${t})`,
    exactDiv: (a, b) => `(${a}) / (${b})`,
    countIf: (c) => `SUM(CASE WHEN ${c} THEN 1 ELSE 0 END)`,
    double: 'DOUBLE PRECISION', bigint: 'BIGINT', text: 'VARCHAR(256)', string: standardString, quote: doubleQuoted, createTable: 'CREATE TABLE',
  },
  databricks: {
    epochMs: (t) => `unix_millis(${t})`,
    // `/` is always a double there: exact for a quotient of an exact multiple below 2^53.
    exactDiv: (a, b) => `CAST((${a}) / (${b}) AS BIGINT)`,
    countIf: (c) => `count_if(${c})`,
    double: 'DOUBLE', bigint: 'BIGINT', text: 'STRING', string: backslashString, quote: backQuoted, createTable: 'CREATE TABLE',
  },
};

/**
 * A table or column name as given: each dotted part left bare when it is a plain identifier, so
 * that the engine folds its case as it always does (Snowflake upper, PostgreSQL lower), else quoted.
 */
export function sqlName(dialect: Dialect, name: string): string {
  return name.split('.').map((part) => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(part) ? part : dialect.quote(part))).join('.');
}

/**
 * floor(a / b) for b > 0, also for instants before 1970, where engines' `/` and `%` truncate
 * toward zero: the remainder is made positive first, so the division left is exact.
 */
export function floorDiv(dialect: Dialect, a: string, b: number): string {
  return `${dialect.exactDiv(`${a} - mod(mod(${a}, ${b}) + ${b}, ${b})`, String(b))}`;
}

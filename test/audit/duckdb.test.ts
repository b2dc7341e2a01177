import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DUCKDB_PACKAGE, loadDuckDb } from '../../src/audit/readers/duckdb.js';
import { ROOT, runCli, tempProject } from '../helpers/run-cli.js';
import { AUDIT_MESSAGES } from '../../src/audit/messages.js';

const TELECOM = join(ROOT, 'policies', 'telecom-complaints.ar.yaml');
const EXPORT = join(ROOT, 'examples', 'exports', 'telecom-complaints.csv');

describe('Parquet through DuckDB', () => {
  it('gives the same audit as the CSV it was written from, with typed timestamps', async () => {
    const dir = tempProject();
    const duckdb = await loadDuckDb();
    const instance = await duckdb.DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    // Times as TIMESTAMPTZ, as a warehouse keeps them; the other columns as text.
    await connection.run(`COPY (SELECT id, channel, created_at::TIMESTAMPTZ AS created_at, action, answer_at::TIMESTAMPTZ AS answer_at, acknowledgement_at::TIMESTAMPTZ AS acknowledgement_at, first_response_at::TIMESTAMPTZ AS first_response_at, resolution_at::TIMESTAMPTZ AS resolution_at FROM read_csv('${EXPORT}', header = true, all_varchar = true)) TO '${join(dir, 'telecom.parquet')}' (FORMAT parquet)`);
    connection.disconnectSync?.();
    const fromCsv = runCli(['audit', TELECOM, EXPORT, '--as-of', '2026-07-01', '-f', 'json']);
    const fromParquet = runCli(['audit', TELECOM, 'telecom.parquet', '--as-of', '2026-07-01', '-f', 'json'], { cwd: dir, env: { TZ: 'America/New_York' } });
    expect(fromParquet.stderr).toBe('');
    expect(fromParquet.status).toBe(fromCsv.status);
    expect(JSON.parse(fromParquet.stdout).standards).toEqual(JSON.parse(fromCsv.stdout).standards);
    expect(JSON.parse(fromParquet.stdout).inputs).toEqual([{ file: 'telecom.parquet', source: 'duckdb', rows: 400 }]);
  });

  it('reads a CSV with --source duckdb, naming bad rows by line', () => {
    const dir = tempProject({ 'big.csv': 'id,channel,created_at,action,answer_at\n1,call-centre,2026-06-01T08:00:00Z,receive-complaint,2026-06-01T08:00:30Z\n2,call-centre,2026-06-01T08:00:00Z,receive-complaint,soon\n' });
    const run = runCli(['audit', TELECOM, 'big.csv', '--source', 'duckdb', '--as-of', '2026-07-01', '-f', 'json'], { cwd: dir });
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout);
    expect(report.standards.find((s: { id: string }) => s.id === 'call-answered')).toMatchObject({ met: 1 });
    expect(report.bad_rows.examples).toEqual([{ file: 'big.csv', line: 3, reason: { kind: 'bad-timestamp', column: 'answer_at', value: 'soon' } }]);
  });

  it('says how to install DuckDB when it cannot be found', async () => {
    const missing = () => Promise.resolve(createRequire(import.meta.url)(`${DUCKDB_PACKAGE}-not-installed`));
    await expect(loadDuckDb(missing)).rejects.toMatchObject({ words: AUDIT_MESSAGES['audit.noDuckdb'], params: { package: '@duckdb/node-api@1.5.6-r.1' } });
  });
});

describe('Parquet paths', () => {
  it('reads a path with [1] or * as that one file, never as a glob', async () => {
    const dir = tempProject();
    const duckdb = await loadDuckDb();
    const instance = await duckdb.DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    // export[1].parquet holds one record; export1.parquet, which the glob would match, holds 400.
    await connection.run(`COPY (SELECT * FROM read_csv('${EXPORT}', header = true, all_varchar = true) LIMIT 1) TO '${join(dir, 'one.parquet')}' (FORMAT parquet)`);
    await connection.run(`COPY (SELECT * FROM read_csv('${EXPORT}', header = true, all_varchar = true)) TO '${join(dir, 'export1.parquet')}' (FORMAT parquet)`);
    connection.disconnectSync?.();
    const { renameSync, copyFileSync } = await import('node:fs');
    renameSync(join(dir, 'one.parquet'), join(dir, 'export[1].parquet'));
    copyFileSync(join(dir, 'export[1].parquet'), join(dir, 'star*.parquet'));
    for (const name of ['export[1].parquet', 'star*.parquet']) {
      const run = runCli(['audit', TELECOM, name, '--as-of', '2026-07-01', '-f', 'json'], { cwd: dir });
      expect(run.stderr, name).toBe('');
      expect(JSON.parse(run.stdout).inputs, name).toEqual([{ file: name, source: 'duckdb', rows: 1 }]);
    }
  });
});

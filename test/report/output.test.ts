/**
 * Every command that prints a report takes --output: the file holds exactly what standard output
 * would have, nothing is printed, and an --output naming one of the command's inputs is refused
 * with the input left as it was.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempProject } from '../helpers/run-cli.js';

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const AUDIT_HEADER = 'id,channel,created_at,action,answer_at,first_response_at,resolution_at';
const files = {
  'p.yaml': read('policies/council-customer-service.en.yaml'),
  't.yaml': read('policies/telecom-complaints.ar.yaml'),
  'staff.csv': read('examples/acknowledgements/council-staff.csv'),
  'acks.csv': read('examples/acknowledgements/council-acks.csv'),
  'responses.csv': read('examples/pilot/council-responses.csv'),
  'calls.csv': `${AUDIT_HEADER}\n1,call-centre,2026-06-01T08:00:00Z,receive-complaint,2026-06-01T08:05:00Z,,\n`,
};

/** Each report command, its arguments, and an input an --output must not overwrite (none for those without inputs). */
const COMMANDS: [string, string[], string | undefined][] = [
  ['validate', ['validate', 'p.yaml', '--today', '2026-06-01'], 'p.yaml'],
  ['schema', ['schema'], undefined],
  ['rules', ['rules'], undefined],
  ['diff', ['diff', 'p.yaml', 't.yaml'], 't.yaml'],
  ['review', ['review', 'p.yaml', '--today', '2028-01-01'], 'p.yaml'],
  ['acknowledgements', ['acknowledgements', 'p.yaml', 'staff.csv', 'acks.csv', '--today', '2026-04-06'], 'acks.csv'],
  ['export', ['export', 'zendesk', 'p.yaml', '--today', '2026-06-01'], 'p.yaml'],
  ['pilot', ['pilot', 'p.yaml', 'responses.csv', '--today', '2026-03-02'], 'responses.csv'],
  ['compare', ['compare', 'p.yaml', '--today', '2026-06-01'], 'p.yaml'],
  ['audit', ['audit', 't.yaml', 'calls.csv', '--as-of', '2026-07-01'], 'calls.csv'],
];

describe('--output, for every report command', () => {
  it.each(COMMANDS)('%s writes to --output what it would print, and prints nothing', (_name, args) => {
    const dir = tempProject(files);
    const printed = runCli(args, { cwd: dir });
    const written = runCli([...args, '--output', 'report.out'], { cwd: dir });
    expect(written.status).toBe(printed.status);
    expect(written.stdout).toBe('');
    expect(readFileSync(join(dir, 'report.out'), 'utf8')).toBe(printed.stdout);
  });

  it.each(COMMANDS.filter(([, , input]) => input !== undefined))('%s refuses an --output that is one of its inputs', (_name, args, input) => {
    const dir = tempProject(files);
    const run = runCli([...args, '--output', input!], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`the report would overwrite "${input}"`);
    expect(readFileSync(join(dir, input!), 'utf8')).toBe(files[input as keyof typeof files]);
  });
});

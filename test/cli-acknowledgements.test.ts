import { describe, expect, it } from 'vitest';
import { runCli, tempProject } from './helpers/run-cli.js';

const POLICY = 'policies/council-customer-service.en.yaml';
const STAFF = 'examples/acknowledgements/council-staff.csv';
const ACKS = 'examples/acknowledgements/council-acks.csv';

describe('cs-policy acknowledgements', () => {
  it('reports, per role, who has not acknowledged the current version by the deadline, and exits 1 when someone is late', () => {
    const run = runCli(['acknowledgements', POLICY, STAFF, ACKS, '--today', '2026-04-06']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(run.stdout).toBe(`council-customer-service version 2.1.0, to be acknowledged by 2026-03-31 (today is 2026-04-06)

Contact centre adviser (contact-centre): 2 of 3 acknowledged
  late               Ben Carter        ben.carter@riverside.example      last acknowledged 2.0.0
  acknowledged late  O'Neill, Siobhan  siobhan.oneill@riverside.example  2026-04-02
Customer service centre officer (reception): 2 of 2 acknowledged
  everyone in this role has acknowledged
Service team officer (service-team): 0 of 1 acknowledged
  late               Tom Evans         tom.evans@riverside.example       due 2026-03-31
Contact centre team leader (team-leader): 1 of 1 acknowledged
  everyone in this role has acknowledged
Head of Customer Services (service-manager): 1 of 1 acknowledged
  everyone in this role has acknowledged

2 people late
`);
  });

  it('before the deadline nobody is late: exit 0, and JSON lists everyone', () => {
    const run = runCli(['acknowledgements', POLICY, STAFF, ACKS, '--today', '2026-03-25', '-f', 'json']);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ format: 'cs-policy/acknowledgements', version: 1, policy: 'council-customer-service', policyVersion: '2.1.0', by: '2026-03-31' });
    expect(report.roles[0].people.map((p: { name: string; status: string }) => `${p.name}: ${p.status}`)).toEqual([
      'Amira Haddad: acknowledged', 'Ben Carter: pending', "O'Neill, Siobhan: acknowledged-late",
    ]);
  });

  it.each([
    [{ 's.csv': 'name,role\nA,contact-centre\nB,recepton\n', 'a.csv': 'email,version,date\n' }, 's.csv:3: "recepton" is not a role of the policy (by id or name) (did you mean "reception"?)'],
    [{ 's.csv': 'name,role\nA,"contact-centre\n', 'a.csv': 'email,version,date\n' }, 's.csv:2: a quoted field is never closed'],
    [{ 's.csv': 'name,role\nA,reception\n', 'a.csv': 'email,version,date\na@x,2.1.0,31/03/2026\n' }, 'a.csv:2: "31/03/2026" is not a date written YYYY-MM-DD'],
    [{ 's.csv': 'name,role\nA,reception\n', 'a.csv': 'who,when\n' }, 'a.csv: no "version" column; the columns are "who" and "when"'],
  ])('names a bad CSV row with its line, exit 2: %j', (files, message) => {
    const dir = tempProject(files);
    const run = runCli(['acknowledgements', `${process.cwd()}/${POLICY}`, 's.csv', 'a.csv'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
  });
});

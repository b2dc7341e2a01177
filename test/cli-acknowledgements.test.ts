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

  it('before the deadline nobody is late: exit 0, and JSON lists everyone as of that day', () => {
    const run = runCli(['acknowledgements', POLICY, STAFF, ACKS, '--today', '2026-03-25', '-f', 'json']);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ format: 'cs-policy/acknowledgements', version: 1, policy: 'council-customer-service', policyVersion: '2.1.0', by: '2026-03-31' });
    expect(report.roles[0].people.map((p: { name: string; status: string }) => `${p.name}: ${p.status}`)).toEqual([
      // Siobhan O'Neill acknowledged on 2026-04-02: on 2026-03-25 she had not yet.
      'Amira Haddad: acknowledged', 'Ben Carter: pending', "O'Neill, Siobhan: pending",
    ]);
  });

  it.each([
    [{ 's.csv': 'name,role\nA,contact-centre\nB,recepton\n', 'a.csv': 'email,version,date\n' }, 's.csv:3: "recepton" is not a role of the policy (by id or name) (did you mean "reception"?)'],
    [{ 's.csv': 'name,role\nA,"contact-centre\n', 'a.csv': 'email,version,date\n' }, 's.csv:2: a quoted field is never closed'],
    [{ 's.csv': 'name,role\nA,reception\n', 'a.csv': 'email,version,date\na@x,2.1.0,31/03/2026\n' }, 'a.csv:2: "31/03/2026" is not a date written YYYY-MM-DD'],
    [{ 's.csv': 'name,role\nA,reception\n', 'a.csv': 'who,when\n' }, 'a.csv: no "version" column; the columns are "who" and "when"'],
    // Days and times that have the shape but do not exist, and text after a day, are not acknowledgements.
    [{ 's.csv': 'name,role\nA,reception\n', 'a.csv': 'email,version,date\na@x,2.1.0,2026-02-30\n' }, 'a.csv:2: "2026-02-30" is not a real day and time'],
    [{ 's.csv': 'name,role\nA,reception\n', 'a.csv': 'email,version,date\na@x,2.1.0,2026-03-01\nb@x,2.1.0,2026-03-18T25:99:99Z\n' }, 'a.csv:3: "2026-03-18T25:99:99Z" is not a real day and time'],
    [{ 's.csv': 'name,role\nA,reception\n', 'a.csv': 'email,version,date\na@x,2.1.0,2026-03-10 garbage\n' }, 'a.csv:2: "2026-03-10 garbage" is not a date written YYYY-MM-DD'],
    [{ 's.csv': 'name,role\nA,reception\n', 'a.csv': 'email,version,date\na@x,2.1.0,9999-12-31\n' }, 'a.csv:2: "9999-12-31" is after today ('],
    // A staff list with a header and nobody on it measures nothing: not "everyone acknowledged".
    [{ 's.csv': 'name,role\n', 'a.csv': 'email,version,date\na@x,2.1.0,2026-03-01\n' }, 's.csv:1: the file has a header but no staff rows: there is nobody to judge'],
  ])('names a bad CSV row with its line, exit 2: %j', (files, message) => {
    const dir = tempProject(files);
    const run = runCli(['acknowledgements', `${process.cwd()}/${POLICY}`, 's.csv', 'a.csv', '--today', '2026-04-06'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
  });

  it('accepts the time stamps form tools write: a time, seconds, fractions and a zone', () => {
    const dir = tempProject({ 's.csv': 'name,email,role\nA,a@x,reception\nB,b@x,reception\nC,c@x,reception\n', 'a.csv': 'email,version,date\na@x,2.1.0,2026-03-18 10:15\nb@x,2.1.0,2026-03-18T10:15:00.123+03:00\nc@x,2.1.0,2026-03-18T23:59:59Z\n' });
    const run = runCli(['acknowledgements', `${process.cwd()}/${POLICY}`, 's.csv', 'a.csv', '--today', '2026-04-06', '-f', 'json'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).roles.flatMap((role: { people: { status: string }[] }) => role.people.map((p) => p.status))).toEqual(['acknowledged', 'acknowledged', 'acknowledged']);
  });

  it('names a bad row in Arabic too', () => {
    const dir = tempProject({ 's.csv': 'name,role\nA,reception\n', 'a.csv': 'email,version,date\na@x,2.1.0,2026-02-30\n' });
    const run = runCli(['--lang', 'ar', 'acknowledgements', `${process.cwd()}/${POLICY}`, 's.csv', 'a.csv', '--today', '2026-04-06'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('"\u20682026-02-30\u2069" ليس يومًا ووقتًا حقيقيين');
  });
});

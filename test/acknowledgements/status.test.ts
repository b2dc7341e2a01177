import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { acknowledgementReport, sameVersion, type AckStatus } from '../../src/acknowledgements/status.js';
import { readAcknowledgements, readStaff } from '../../src/acknowledgements/tables.js';
import type { Policy } from '../../src/core/policy.js';
import { addDays } from '../../src/core/dates.js';
import { parseCsv } from '../../src/core/csv.js';
import { PROPERTY_OPTIONS, fc } from '../helpers/fast-check.js';
import { ROOT } from '../helpers/run-cli.js';

const COUNCIL = parse(readFileSync(join(ROOT, 'policies/council-customer-service.en.yaml'), 'utf8')) as Policy;
const staffOf = (text: string) => {
  const read = readStaff(parseCsv(text).records);
  if ('problem' in read) throw new Error(read.problem.kind);
  return read.staff;
};
const acksOf = (text: string) => {
  const read = readAcknowledgements(parseCsv(text).records);
  if ('problem' in read) throw new Error(read.problem.kind);
  return read.acks;
};

describe('acknowledgementReport', () => {
  const staff = staffOf('name,role,email\nAmira,contact-centre,amira@x.example\nBen,Contact centre adviser,ben@x.example\nCara,reception,\nDev,service-team,dev@x.example\n');

  it.each<[string, string, Record<string, AckStatus>]>([
    ['before the deadline, those without an acknowledgement are pending', '2026-03-20', { Amira: 'acknowledged', Ben: 'pending', Cara: 'acknowledged-late', Dev: 'pending' }],
    ['on the deadline day nobody is late yet', '2026-03-31', { Amira: 'acknowledged', Ben: 'pending', Cara: 'acknowledged-late', Dev: 'pending' }],
    ['after it, they are late; an older version does not count', '2026-04-01', { Amira: 'acknowledged', Ben: 'late', Cara: 'acknowledged-late', Dev: 'late' }],
  ])('%s', (_name, today, expected) => {
    const acks = acksOf('Email,Name,Version,Signed at\nAMIRA@x.example,,2.1.0,2026-03-18T09:00:00Z\nben@x.example,,2.0.0,2025-04-01\n,cara,v2.1,2026-04-02 10:00\n');
    const report = acknowledgementReport(COUNCIL, staff, acks, today);
    const statuses = Object.fromEntries(report.roles.flatMap((role) => role.people.map((p) => [p.name, p.status])));
    expect(statuses).toEqual(expected);
    expect(report.roles.find((r) => r.role === 'contact-centre')!.people.find((p) => p.name === 'Ben')!.previous).toBe('2.0.0');
  });

  it('lists every role the rollout briefs, and counts staff in other roles apart', () => {
    const policy = structuredClone(COUNCIL);
    policy.rollout.audiences = ['contact-centre'];
    const report = acknowledgementReport(policy, staff, [], '2026-03-01');
    expect(report.roles.map((r) => [r.role, r.people.length])).toEqual([['contact-centre', 2]]);
    expect(report.notConcerned).toBe(2);
  });

  it('names staff whose role is not in the policy, by line', () => {
    expect(acknowledgementReport(COUNCIL, staffOf('name,role\nA,contact-centre\nB,recepton\n'), [], '2026-03-01').unknownRoles).toEqual([{ line: 3, role: 'recepton' }]);
  });

  it('agrees with a plain reading of the rules for any dates', () => {
    const day = fc.integer({ min: -40, max: 40 }).map((n) => addDays('2026-03-31', n));
    fc.assert(fc.property(fc.option(day, { nil: undefined }), day, fc.boolean(), (signed, today, current) => {
      const acks = signed ? [{ line: 2, email: 'amira@x.example', version: current ? '2.1.0' : '2.0.0', date: signed }] : [];
      const status = acknowledgementReport(COUNCIL, staff.slice(0, 1), acks, today).roles[0]!.people[0]!.status;
      const done = signed !== undefined && current;
      const expected = done ? (signed > '2026-03-31' ? 'acknowledged-late' : 'acknowledged') : today > '2026-03-31' ? 'late' : 'pending';
      return status === expected;
    }), PROPERTY_OPTIONS as fc.Parameters<[string | undefined, string, boolean]>);
  });
});

describe('reading the CSVs', () => {
  it.each([
    ['', 'empty'],
    ['name,department\nA,x\n', 'missingColumn'],
    ['name,role\nA,\n', 'missingCell'],
  ])('staff %j is refused as %s', (text, kind) => {
    const read = readStaff(parseCsv(text).records);
    expect('problem' in read && read.problem.kind).toBe(kind);
  });

  it('refuses a date it cannot read without guessing, naming its line', () => {
    expect(readAcknowledgements(parseCsv('email,version,date\na@x,2.1.0,2026-03-01\nb@x,2.1.0,03/04/2026\n').records)).toEqual({ problem: { kind: 'badDate', line: 3, value: '03/04/2026' } });
  });

  it.each([['2.1', '2.1.0', true], ['v2.1.0', '2.1.0', true], ['2.1.1', '2.1.0', false], ['2', '2.0.0', true]])('%s and %s are the same version: %s', (a, b, same) => {
    expect(sameVersion(a, b)).toBe(same);
  });
});

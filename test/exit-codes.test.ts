/**
 * The exit-code contract (src/errors.ts, EXIT), checked for every command through the built CLI:
 * 0 clean; 1 the command's own verdict is negative; 2 it could not do its job (usage, a missing
 * file, a policy that fails its check). One row per command and case.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempProject } from './helpers/run-cli.js';

const COUNCIL = join(ROOT, 'policies', 'council-customer-service.en.yaml');
const TELECOM = join(ROOT, 'policies', 'telecom-complaints.ar.yaml');
const STAFF = join(ROOT, 'examples', 'acknowledgements', 'council-staff.csv');
const ACKS = join(ROOT, 'examples', 'acknowledgements', 'council-acks.csv');
const RESPONSES = join(ROOT, 'examples', 'pilot', 'council-responses.csv');
const ZENDESK_SCHEDULES = join(ROOT, 'test', 'fixtures', 'vendor', 'zendesk-schedules.answer.json');
const ADOPT = ['--kpi', 'calls-answered-30s=83', '--kpi', 'first-contact-resolution=74', '--today', '2026-03-02'];
const AUDIT_HEADER = 'id,channel,created_at,action,answer_at,first_response_at,resolution_at';

const councilText = readFileSync(COUNCIL, 'utf8');
/** Two policies that fail their check: one the schema rejects, one with a semantic error (an audience no role has). */
const files = {
  'shapeless.yaml': councilText.replace('status: active', 'status: live'),
  'unsound.yaml': councilText.replace(/audiences: \[[^\]]*\]/, (list) => list.replace('[', '[nobody, ')),
  'answers.yaml': 'organisation: Harbour Water\nlang: en\n',
  'met.csv': `${AUDIT_HEADER}\n1,call-centre,2026-06-01T08:00:00Z,receive-complaint,2026-06-01T08:00:30Z,,\n`,
  'short.csv': `${AUDIT_HEADER}\n1,call-centre,2026-06-01T08:00:00Z,receive-complaint,2026-06-01T08:05:00Z,,\n`,
};

type Case = 'clean' | 'verdict' | 'usage' | 'missing file' | 'shapeless policy' | 'unsound policy';
/** Each command's cases: the arguments and the exit code; a case a command does not have is left out. */
const TABLE: Record<string, Partial<Record<Case, [string[], number]>>> = {
  validate: {
    clean: [['validate', COUNCIL, '--today', '2026-06-01'], 0],
    // validate's verdict is the check itself: a policy that fails it is its negative verdict.
    verdict: [['validate', 'unsound.yaml', '--today', '2026-06-01'], 1],
    usage: [['validate'], 2],
    'missing file': [['validate', 'nowhere.yaml'], 2],
  },
  init: {
    clean: [['init', 'new.yaml', '--answers', 'answers.yaml', '--yes'], 0],
    usage: [['init', '--colour'], 2],
    'missing file': [['init', 'new.yaml', '--answers', 'nowhere.yaml'], 2],
    'shapeless policy': [['init', 'shapeless.yaml', '--step', 'rollout', '--yes'], 2],
  },
  brief: {
    clean: [['brief', COUNCIL, '-f', 'md', '-o', 'briefings'], 0],
    usage: [['brief'], 2],
    'missing file': [['brief', 'nowhere.yaml'], 2],
    'shapeless policy': [['brief', 'shapeless.yaml'], 2],
    'unsound policy': [['brief', 'unsound.yaml'], 2],
  },
  schema: {
    clean: [['schema'], 0],
    usage: [['schema', 'extra'], 2],
    'missing file': [['schema', '-o', join('no-such-folder', 'deeper', 'schema.json')], 2],
  },
  rules: {
    clean: [['rules'], 0],
    usage: [['rules', '--colour'], 2],
  },
  diff: {
    clean: [['diff', COUNCIL, COUNCIL], 0],
    usage: [['diff', COUNCIL], 2],
    'missing file': [['diff', 'nowhere.yaml', COUNCIL], 2],
    'shapeless policy': [['diff', 'shapeless.yaml', COUNCIL], 2],
  },
  review: {
    clean: [['review', COUNCIL, '--today', '2026-06-01'], 0],
    verdict: [['review', COUNCIL, '--today', '2028-01-01'], 1],
    usage: [['review', COUNCIL, '--within', 'soon'], 2],
    'missing file': [['review', 'nowhere.yaml'], 2],
    'shapeless policy': [['review', 'shapeless.yaml', '--today', '2026-06-01'], 2],
  },
  acknowledgements: {
    clean: [['acknowledgements', COUNCIL, STAFF, ACKS, '--today', '2026-03-01'], 0],
    verdict: [['acknowledgements', COUNCIL, STAFF, ACKS, '--today', '2026-04-06'], 1],
    usage: [['acknowledgements', COUNCIL, STAFF], 2],
    'missing file': [['acknowledgements', COUNCIL, 'nowhere.csv', ACKS], 2],
    'shapeless policy': [['acknowledgements', 'shapeless.yaml', STAFF, ACKS, '--today', '2026-04-06'], 2],
  },
  export: {
    clean: [['export', 'zendesk', COUNCIL, '--today', '2026-06-01'], 0],
    usage: [['export', 'servicenow', COUNCIL], 2],
    'missing file': [['export', 'zendesk', 'nowhere.yaml'], 2],
    'shapeless policy': [['export', 'zendesk', 'shapeless.yaml'], 2],
    'unsound policy': [['export', 'zendesk', 'unsound.yaml'], 2],
  },
  import: {
    clean: [['import', 'zendesk', ZENDESK_SCHEDULES, '-o', 'imported.yaml'], 0],
    usage: [['import', 'servicenow', ZENDESK_SCHEDULES], 2],
    'missing file': [['import', 'zendesk', 'nowhere.json'], 2],
  },
  pilot: {
    clean: [['pilot', COUNCIL, RESPONSES, ...ADOPT], 0],
    verdict: [['pilot', COUNCIL, RESPONSES, '--today', '2026-03-02'], 1],
    usage: [['pilot', COUNCIL], 2],
    'missing file': [['pilot', COUNCIL, 'nowhere.csv', ...ADOPT], 2],
    'shapeless policy': [['pilot', 'shapeless.yaml', RESPONSES, ...ADOPT], 2],
    'unsound policy': [['pilot', 'unsound.yaml', RESPONSES, ...ADOPT], 2],
  },
  compare: {
    clean: [['compare', COUNCIL, '--today', '2026-06-01'], 0],
    usage: [['compare', COUNCIL, '--tolerance', '-1'], 2],
    'missing file': [['compare', 'nowhere.yaml'], 2],
    'shapeless policy': [['compare', 'shapeless.yaml'], 2],
    'unsound policy': [['compare', 'unsound.yaml'], 2],
  },
  audit: {
    clean: [['audit', TELECOM, 'met.csv', '--as-of', '2026-07-01'], 0],
    verdict: [['audit', TELECOM, 'short.csv', '--as-of', '2026-07-01'], 1],
    usage: [['audit', TELECOM, 'met.csv', '--as-of', 'soon'], 2],
    'missing file': [['audit', TELECOM, 'nowhere.csv', '--as-of', '2026-07-01'], 2],
    'shapeless policy': [['audit', 'shapeless.yaml', 'met.csv', '--as-of', '2026-07-01'], 2],
  },
};

const rows = Object.entries(TABLE).flatMap(([command, cases]) =>
  Object.entries(cases).map(([name, [args, status]]) => ({ command, name, args, status })),
);

describe('every command follows the exit-code contract', () => {
  it('covers all thirteen commands', () => {
    const listed = /Commands:\n([\s\S]*)$/.exec(runCli(['--help']).stdout)![1]!.match(/^ {2}([a-z]+)/gm)!.map((name) => name.trim()).filter((name) => name !== 'help');
    expect(Object.keys(TABLE).sort()).toEqual(listed.sort());
  });

  it.each(rows)('$command, $name: exit $status', ({ args, status }) => {
    const run = runCli(args, { cwd: tempProject(files) });
    expect({ status: run.status, stderr: run.stderr }).toMatchObject({ status });
    // A refusal is explained in words, never with a trace.
    if (status === 2) {
      expect(run.stderr).not.toBe('');
      expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
    }
  });
});

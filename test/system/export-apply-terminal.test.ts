import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeHelpdesk, type FakeHelpdesk } from '../helpers/fake-helpdesk.js';
import { BIN, ROOT } from '../helpers/run-cli.js';

/** `export --apply` at a real terminal: tmux shows the confirmation and types the answer. */
let count = 0;
function terminal(command: string): { name: string; screen: () => string; keys: (...keys: string[]) => void; waitFor: (pattern: RegExp) => Promise<string> } {
  const name = `cs-policy-apply-${process.pid}-${count++}`;
  execFileSync('tmux', ['new-session', '-d', '-s', name, '-x', '160', '-y', '50', '-c', ROOT, `${command}; echo "EXIT=$?"; sleep 120`], { env: { ...process.env, LANG: 'C.UTF-8', TERM: process.env.TERM || 'xterm-256color' } });
  const screen = () => execFileSync('tmux', ['capture-pane', '-p', '-J', '-S', '-300', '-t', name], { encoding: 'utf8' });
  return {
    name,
    screen,
    keys: (...keys) => execFileSync('tmux', ['send-keys', '-t', name, ...keys]),
    async waitFor(pattern) {
      const end = Date.now() + 20_000;
      for (;;) {
        const shown = screen();
        if (pattern.test(shown)) return shown;
        if (Date.now() > end) throw new Error(`timed out waiting for ${pattern}; the screen shows:\n${shown}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
  };
}

const sessions: string[] = [];
let fake: FakeHelpdesk | undefined;
afterEach(async () => {
  for (const name of sessions.splice(0)) execFileSync('tmux', ['kill-session', '-t', name]);
  await fake?.close();
  fake = undefined;
});

const auth = `Basic ${Buffer.from('admin@example.org/token:secret').toString('base64')}`;
const command = (url: string) =>
  `ZENDESK_SUBDOMAIN=example ZENDESK_EMAIL=admin@example.org ZENDESK_API_TOKEN=secret ${process.execPath} ${BIN} export zendesk ${join('policies', 'council-customer-service.en.yaml')} --apply --today 2026-06-01 --base-url ${url}`;

describe('export --apply asks before writing', () => {
  it('sends nothing when the answer is no, and everything when it is yes', async () => {
    fake = await startFakeHelpdesk('zendesk', auth);
    const first = terminal(command(fake.url));
    sessions.push(first.name);
    const asked = await first.waitFor(/Send these \d+ changes to Zendesk\?/);
    expect(asked).toMatch(/create\s+schedule "council-customer-service \/ office-hours"/);
    first.keys('n', 'Enter');
    expect(await first.waitFor(/EXIT=\d+/)).toMatch(/Nothing was sent\.[\s\S]*EXIT=0/);
    expect(fake.log.every((entry) => entry.method === 'GET')).toBe(true);

    const second = terminal(command(fake.url));
    sessions.push(second.name);
    await second.waitFor(/Send these \d+ changes to Zendesk\?/);
    second.keys('y', 'Enter');
    expect(await second.waitFor(/EXIT=\d+/)).toMatch(/Applied \d+ changes to Zendesk\.[\s\S]*EXIT=0/);
    expect(fake.state.slaPolicies.length).toBeGreaterThan(0);
  });
});

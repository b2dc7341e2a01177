import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/run-cli.js';

const COMMANDS = ['validate', 'init', 'brief', 'schema', 'rules', 'diff', 'review', 'acknowledgements', 'export', 'import', 'pilot', 'compare', 'audit'];
/** The commands whose output can be coloured. */
const COLOURED = ['validate', 'diff', 'review', 'acknowledgements', 'pilot', 'compare', 'audit'];

describe("each command's --help", () => {
  it.each(COMMANDS)('%s shows the global options it honours, in English and Arabic', (command) => {
    const en = runCli([command, '--help']);
    expect(en.status).toBe(0);
    const global = en.stdout.slice(en.stdout.indexOf('Global Options:'));
    expect(global).toMatch(/^ {2}--lang <lang> +language of messages \(choices: "en", "ar"\)$/m);
    expect(global).toMatch(/^ {2}--debug +show stack traces of internal errors$/m);
    expect(global).not.toContain('--version');
    expect(en.stdout.includes('--no-color')).toBe(COLOURED.includes(command));
    const ar = runCli(['--lang', 'ar', command, '--help']);
    expect(ar.stdout).toContain('الخيارات العامة:');
    expect(ar.stdout).toMatch(/--lang <lang> +لغة الرسائل/);
  });
});

describe('export --help', () => {
  it('offers --prune and says what it removes, in English and Arabic', () => {
    const en = runCli(['export', '--help']);
    expect(en.status).toBe(0);
    const prune = en.stdout.slice(en.stdout.indexOf('--prune'), en.stdout.indexOf('-y, --yes')).replace(/\s+/g, ' ');
    expect(prune).toContain('with --apply, also remove (Freshdesk: deactivate) what cs-policy made for this policy earlier and the policy no longer has');
    const ar = runCli(['--lang', 'ar', 'export', '--help']);
    expect(ar.status).toBe(0);
    expect(ar.stdout.replace(/\s+/g, ' ')).toContain('--prune مع --apply، احذف أيضًا (في Freshdesk: عطّل) ما أنشأه cs-policy سابقًا لهذه السياسة');
  });
});

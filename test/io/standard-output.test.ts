import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// The file descriptor as the operating system would answer: each write takes at most `chunk`
// bytes, and `refuse` makes the nth write fail with that code.
const fd = vi.hoisted(() => ({ target: 1, asked: [] as number[], written: [] as Buffer[], chunk: Infinity, refuse: undefined as { at: number; code: string } | undefined, calls: 0, mode: 'fifo' as 'fifo' | 'file' | 'null' | 'tty' }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const NULL_DEVICE = 0x103;
  return {
    ...fs,
    writeSync: (target: number, bytes: Buffer, offset: number) => {
      expect(target).toBe(fd.target);
      fd.calls++;
      if (fd.refuse && fd.calls === fd.refuse.at) throw Object.assign(new Error(fd.refuse.code), { code: fd.refuse.code });
      const part = bytes.subarray(offset, offset + Math.min(fd.chunk, bytes.length - offset));
      fd.written.push(Buffer.from(part));
      return part.length;
    },
    fstatSync: (asked: number) => (fd.asked.push(asked), { isCharacterDevice: () => fd.mode === 'null' || fd.mode === 'tty', rdev: fd.mode === 'null' ? NULL_DEVICE : 0x8801 }),
    statSync: (path: string) => (path === '/dev/null' ? { rdev: NULL_DEVICE } : fs.statSync(path)),
  };
});

const { standardInput, standardOutput } = await import('../../src/io/standard-output.js');

/** A stand-in for process.stdout that records what it is given. */
function fakeStream(isTTY = false) {
  const given: string[] = [];
  const made = vi.fn(() => ({ isTTY, write: (text: string | Uint8Array) => given.push(Buffer.from(text).toString('utf8')) }) as unknown as NodeJS.WriteStream);
  return { given, made };
}

beforeEach(() => {
  Object.assign(fd, { target: 1, asked: [], written: [], chunk: Infinity, refuse: undefined, calls: 0, mode: 'fifo' });
});

/** What an output or input can be: [name, fstat's kind, isTTY, whether Node's stream is made to ask]. */
const TERMINAL_OR_NOT = [
  ['a pipe', 'fifo', false, false],
  ['a file', 'file', false, false],
  ['/dev/null', 'null', false, false],
  ['a terminal', 'tty', true, true],
] as const;

describe.runIf(process.platform === 'linux')('standard output written to its file descriptor', () => {
  const text = 'مرحبا, report line\n'.repeat(50);

  it('writes every byte, in order, however few the descriptor takes at a time, without making the stream', () => {
    fd.chunk = 7;
    const stream = fakeStream();
    standardOutput(stream.made).write(text);
    expect(Buffer.concat(fd.written).toString('utf8')).toBe(text);
    expect(stream.made).not.toHaveBeenCalled();
  });

  it.each(['EAGAIN', 'EPIPE', 'ENOSPC', 'EIO'])('a write refused with %s hands the rest, and every later write, to the stream, which reports it', (code) => {
    fd.chunk = 100;
    fd.refuse = { at: 3, code };
    const stream = fakeStream();
    const output = standardOutput(stream.made);
    output.write(text);
    output.write('after\n');
    expect(Buffer.concat(fd.written).toString('utf8') + stream.given.join('')).toBe(`${text}after\n`);
    expect(fd.written).toHaveLength(2);
    expect(stream.made).toHaveBeenCalledTimes(1);
  });

  it.each(TERMINAL_OR_NOT)('%s: isTTY is %s, and the stream is made only to ask a terminal', (_name, mode, isTTY, asked) => {
    fd.mode = mode;
    const stream = fakeStream(mode === 'tty');
    expect(standardOutput(stream.made).isTTY).toBe(isTTY);
    expect(stream.made).toHaveBeenCalledTimes(asked ? 1 : 0);
  });
});

describe.runIf(process.platform === 'linux')('standard input, asked only whether it is a terminal', () => {
  it.each(TERMINAL_OR_NOT)('%s: isTTY is %s, fd 0 is asked, and the stream is made only to ask a terminal', (_name, mode, isTTY, asked) => {
    fd.mode = mode;
    const made = vi.fn(() => ({ isTTY: mode === 'tty' }) as unknown as NodeJS.ReadStream);
    const input = standardInput(made);
    expect([input.isTTY, input.isTTY]).toEqual([isTTY, isTTY]);
    expect(made).toHaveBeenCalledTimes(asked ? 1 : 0);
    expect(fd.asked).toEqual([0]);
  });
});

describe.runIf(process.platform === 'linux')('standard error written to its file descriptor', () => {
  it('writes to fd 2, in order, without making the stream, and asks fd 2 whether it is a terminal', () => {
    fd.target = 2;
    fd.chunk = 5;
    fd.mode = 'tty';
    const stream = fakeStream(true);
    const error = standardOutput(stream.made, 2);
    error.write('wrote a.md\n');
    error.write('كُتب b.md\n');
    expect(Buffer.concat(fd.written).toString('utf8')).toBe('wrote a.md\nكُتب b.md\n');
    expect(stream.made).not.toHaveBeenCalled();
    expect(error.isTTY).toBe(true);
    expect(fd.asked).toEqual([2]);
  });
});

describe.runIf(process.platform === 'linux' && existsSync('/dev/full'))('a report to a full device', () => {
  it('says standard output cannot be written, in both languages, and exits 2', async () => {
    const { BIN, ROOT } = await import('../helpers/run-cli.js');
    // Once without the command's code cache and once with it: a run that finds its cache has less
    // left to do at the end, and must still wait for the failed write to be reported.
    for (const name of readdirSync(join(ROOT, 'dist')).filter((file) => file.startsWith('cli.rules.cjs.') && file.endsWith('.v8cache'))) rmSync(join(ROOT, 'dist', name));
    for (const run of ['without a cache', 'with it']) {
      const result = spawnSync('bash', ['--norc', '--noprofile', '-c', `"$0" "$1" rules > /dev/full`, process.execPath, BIN], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', LANG: 'C' } });
      expect([run, result.status, result.stderr]).toEqual([run, 2, 'cs-policy: cannot write to standard output: ENOSPC\nتعذّرت الكتابة إلى المخرج القياسي: ENOSPC\n']);
      if (run === 'without a cache') expect(spawnSync(process.execPath, [BIN, 'rules'], { cwd: ROOT }).status).toBe(0);
    }
  });
});

import { fstatSync, statSync, writeSync } from 'node:fs';

/** What a command writes to (standard output or error): the part of a Node stream cs-policy uses. */
export interface OutputStream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
}

/**
 * Standard output (fd 1) or error (fd 2) written straight to its file descriptor, as Node's own
 * stream does on Linux (where writes to a pipe, a file or a terminal are synchronous), without
 * making that stream. Making it loads Node's stream machinery, and node:net for a pipe or a
 * terminal: about 4 ms of validate's start-up here (median of 41 alternated runs of
 * `process.stdout` against an empty script). Standard error costs the same: asking a pipe whether
 * it is a terminal took 4.8 ms through process.stderr and 0.5 ms through fstat (fresh processes),
 * and audit asks at every run (its progress line), a CI log being such a pipe. The stream is still
 * made, and given the rest of the text, on the first write the file descriptor refuses (a pipe a
 * parent left non-blocking and full, a closed reader, a full disk), so errors are reported as they
 * always were (launch.ts, forgiveClosedPipes), and wherever Node's stream is not synchronous
 * (Windows, or macOS pipes) or already exists.
 */
export function standardOutput(stream: () => NodeJS.WriteStream, fd: 1 | 2 = 1): OutputStream {
  let handedOver = process.platform !== 'linux' || streamExists(fd === 1 ? 'stdout' : 'stderr') ? stream() : undefined;
  let terminal: boolean | undefined;
  return {
    write(text: string) {
      if (handedOver) return handedOver.write(text);
      const bytes = Buffer.from(text, 'utf8');
      let done = 0;
      try {
        while (done < bytes.length) done += writeSync(fd, bytes, done);
        return true;
      } catch {
        handedOver = stream();
        return handedOver.write(bytes.subarray(done));
      }
    },
    get isTTY() {
      if (handedOver) return handedOver.isTTY;
      terminal ??= isTerminal(fd, stream);
      return terminal;
    },
  };
}

/**
 * Standard input as commands ask it: only whether it is a terminal (init and export ask before
 * prompting), told as for standard output, without making Node's stream unless it is one. init
 * from an answers file took 192.6 against 180.6 ms without the stream with standard input
 * /dev/null, and 195.1 against 182.0 ms with it a pipe (medians of 31 and 21 alternated runs).
 */
export function standardInput(stream: () => NodeJS.ReadStream): { readonly isTTY?: boolean } {
  let terminal: boolean | undefined;
  return {
    get isTTY() {
      terminal ??= isTerminal(0, stream);
      return terminal;
    },
  };
}

/** Whether Node has made the stream already (launch.ts turns the getter into a value then). */
function streamExists(name: 'stdout' | 'stderr'): boolean {
  const own = Object.getOwnPropertyDescriptor(process, name);
  return own !== undefined && 'value' in own;
}

/**
 * Whether the descriptor is a terminal. A pipe, a file or a socket is not, and telling so costs
 * one fstat; of character devices, /dev/null (a hook's `> /dev/null`) is not either. Only a
 * character device left asks the stream, which loads node:tty.
 */
function isTerminal(fd: 0 | 1 | 2, stream: () => { isTTY?: boolean }): boolean {
  try {
    const own = fstatSync(fd);
    if (!own.isCharacterDevice() || own.rdev === statSync('/dev/null').rdev) return false;
  } catch {
    // An fd that cannot be examined: the stream decides.
  }
  return Boolean(stream().isTTY);
}

import { fstatSync, statSync, writeSync } from 'node:fs';

/** What a command writes to (standard output or error): the part of a Node stream cs-policy uses. */
export interface OutputStream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
}

/**
 * Standard output written straight to its file descriptor, as Node's own stream does on Linux
 * (where writes to a pipe, a file or a terminal are synchronous), without making that stream.
 * Making it loads Node's stream machinery, and node:net for a pipe or a terminal: about 4 ms of
 * validate's start-up here (median of 41 alternated runs of `process.stdout` against an empty
 * script). The stream is still made, and given the rest of the text, on the first write the file
 * descriptor refuses (a pipe a parent left non-blocking and full, a closed reader, a full disk),
 * so errors are reported as they always were (launch.ts, forgiveClosedPipes), and wherever Node's
 * stream is not synchronous (Windows, or macOS pipes) or already exists.
 */
export function standardOutput(stream: () => NodeJS.WriteStream): OutputStream {
  let handedOver = process.platform !== 'linux' || stdoutExists() ? stream() : undefined;
  let terminal: boolean | undefined;
  return {
    write(text: string) {
      if (handedOver) return handedOver.write(text);
      const bytes = Buffer.from(text, 'utf8');
      let done = 0;
      try {
        while (done < bytes.length) done += writeSync(1, bytes, done);
        return true;
      } catch {
        handedOver = stream();
        return handedOver.write(bytes.subarray(done));
      }
    },
    get isTTY() {
      if (handedOver) return handedOver.isTTY;
      terminal ??= isTerminal(stream);
      return terminal;
    },
  };
}

/** Whether Node has made process.stdout already (launch.ts turns the getter into a value then). */
function stdoutExists(): boolean {
  const own = Object.getOwnPropertyDescriptor(process, 'stdout');
  return own !== undefined && 'value' in own;
}

/**
 * Whether standard output is a terminal. A pipe, a file or a socket is not, and telling so costs
 * one fstat; of character devices, /dev/null (a hook's `> /dev/null`) is not either. Only a
 * character device left asks the stream, which loads node:tty.
 */
function isTerminal(stream: () => NodeJS.WriteStream): boolean {
  try {
    const own = fstatSync(1);
    if (!own.isCharacterDevice() || own.rdev === statSync('/dev/null').rdev) return false;
  } catch {
    // An fd that cannot be examined: the stream decides.
  }
  return Boolean(stream().isTTY);
}

import type { OutputStream } from '../io/standard-output.js';

/**
 * Text from a user's files (a policy key, a CSV cell, a file name) printed by a format that goes
 * to a terminal or a CI log. Raw, an escape sequence (`ESC ]0;...`) would retitle or repaint the
 * terminal, and a line break followed by `::error ...` would be a GitHub Actions workflow command.
 * So inside such text a line break or tab is a space (the report keeps its lines), every other
 * control character is shown as its escape (`\u001b`), and no line of the report starts a
 * workflow command. json, junit, sarif and github escape in their own syntax instead.
 */

const BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]+/g;
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;

const escape = (ch: string) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** One value from the inputs, made safe to print. */
export function terminalText(text: string): string {
  return text.replace(BREAKS, ' ').replace(CONTROLS, escape);
}

const isPlain = (value: object) => {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

/** The same data with every string in it (keys too) made safe; numbers, dates and the like pass as they are. */
export function forTerminal<T>(value: T): T {
  if (typeof value === 'string') return terminalText(value) as T;
  if (Array.isArray(value)) return value.map(forTerminal) as T;
  if (value !== null && typeof value === 'object' && isPlain(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [terminalText(key), forTerminal(item)])) as T;
  }
  return value;
}

/**
 * No line starts a workflow command: the runner reads a line whose first characters after
 * spaces are `::`. A zero-width space between the two colons shows the same and commands nothing.
 */
export function withoutWorkflowCommands(text: string): string {
  return text.replace(/^(\s*):(?=:)/gm, '$1:\u200b');
}

/**
 * A format for a terminal or a CI log: its inputs made safe before it reads them, its output
 * checked for workflow commands after. Its own words and colours are left as they are.
 */
export function terminalFormat<A extends unknown[]>(format: (...args: A) => string): (...args: A) => string {
  return (...args) => withoutWorkflowCommands(format(...(args.map(forTerminal) as A)));
}

/**
 * cs-policy's own escapes in what it writes to standard error: colours (SGR) and the progress
 * line's return and line clear. Every other control character there comes from an input. The two
 * kinds are told apart by form only, so a colour or a line clear in a file name is kept too: it
 * can recolour or blank a line, never retitle the terminal, move the cursor or run a command.
 */
const OWN_ESCAPE_OR_CONTROL = /(\u001b\[[0-9;]*[mK]|\r(?=\u001b\[2K))|[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * Standard error, made safe whatever is written to it. Its messages name files and quote inputs
 * (a file name found in a folder, the excerpt a JSON parser gives of a file): a control character
 * there is shown as its escape, and no line starts a workflow command. Its line breaks, tabs and
 * cs-policy's own colours are kept.
 */
export function diagnosticStream(stream: OutputStream): OutputStream {
  return {
    write: (text: string) => stream.write(withoutWorkflowCommands(text.replace(OWN_ESCAPE_OR_CONTROL, (control, own: string | undefined) => own ?? escape(control)))),
    get isTTY() {
      return stream.isTTY;
    },
  };
}

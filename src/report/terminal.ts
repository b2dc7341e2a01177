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

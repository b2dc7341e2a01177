/**
 * Policy text inside Markdown: one line, every character that Markdown or HTML would read as
 * syntax escaped, so `<script>` or `**` in a goal are shown as written.
 */
export function escapeMarkdown(value: unknown): string {
  return String(value ?? '')
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/[\\`*_{}[\]<>#+!|~]/g, '\\$&')
    .replace(/&/g, '&amp;')
    // Addresses stay text: no autolinks from e-mail addresses, schemes or www.
    .replace(/@/g, '\\@')
    .replace(/:\/\//g, '\\://')
    .replace(/\bwww\./gi, (www) => `${www.slice(0, 3)}\\.`);
}

/** Text inside a table cell: pipes and Markdown syntax stay text, and the cell stays one line. */
export function cell(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|~]/g, '\\$&').replace(/\s+/g, ' ');
}

const MD_WIDTH = 80;

/** Wraps a long paragraph or list-item line at spaces, indenting continuation lines under the text. */
function wrapLine(line: string): string[] {
  if (line.length <= MD_WIDTH || /^\s*(#|\||```)/.test(line)) return [line];
  const indent = ' '.repeat(/^(\s*(?:[-*+]|\d+\.)\s+|\s*>\s?|\s*)/.exec(line)![0].length);
  const out: string[] = [];
  let rest = line;
  while (rest.length > MD_WIDTH) {
    let cut = rest.lastIndexOf(' ', MD_WIDTH);
    // Never break inside the leading marker, nor right after a backslash escape,
    // nor where the next line would start a list, a heading or a quote.
    while (cut > indent.length && (rest[cut - 1] === '\\' || /^([-+*>=]|\d+[.)])(\s|$)/.test(rest.slice(cut + 1)))) cut = rest.lastIndexOf(' ', cut - 1);
    if (cut <= indent.length) break;
    out.push(rest.slice(0, cut).trimEnd());
    rest = indent + rest.slice(cut + 1).trimStart();
  }
  out.push(rest);
  return out;
}

/** Tidies rendered Markdown the way markdownlint asks: no trailing spaces, single blank lines, wrapped at 80. */
export function tidyMarkdown(text: string): string {
  const lines = text.split('\n').map((line) => line.trimEnd()).flatMap(wrapLine);
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

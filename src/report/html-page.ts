import { isolatesToBdi } from './bidi.js';
import { escapeHtml } from './html.js';
import { DIRECTION, type Lang } from '../i18n/index.js';

/**
 * The one page every HTML report (audit, pilot, compare) is printed in: one self-contained file,
 * a content security policy that forbids scripts and requests (charts are inline SVG), `lang` and
 * `dir="rtl"` for Arabic, a `<main>` landmark and a print layout.
 */
export interface ReportPage {
  lang: Lang;
  title: string;
  /** Lines under the title: the policy, the period, when it was made. */
  subtitle?: string[];
  /** HTML already escaped by its maker (use `html` and `escapeHtml`). */
  sections: string[];
}

const STYLE = `
  @page { size: A4; margin: 16mm; }
  :root { --ink: #1d2430; --muted: #5b6472; --line: #d6dbe3; --accent: #0b5cad; --good: #1b7f3b; --bad: #b3261e; --mid: #9a6700;
    font-family: "Noto Sans", "Segoe UI", "Helvetica Neue", Arial, sans-serif; color: var(--ink); }
  html[lang="ar"] { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "Amiri", "Segoe UI", Tahoma, "Noto Sans", Arial, sans-serif; }
  body { max-width: 190mm; margin: 0 auto; padding: 10mm 4mm; line-height: 1.5; font-size: 11pt; }
  header { border-bottom: 3px solid var(--accent); margin-bottom: 6mm; padding-bottom: 3mm; }
  h1 { font-size: 19pt; margin: 0 0 2mm; color: var(--accent); }
  h2 { font-size: 14pt; margin: 8mm 0 3mm; border-bottom: 1px solid var(--line); break-after: avoid; }
  h3 { font-size: 12pt; margin: 5mm 0 2mm; break-after: avoid; }
  .subtitle { color: var(--muted); margin: 0; }
  table { border-collapse: collapse; width: 100%; margin: 2mm 0 4mm; break-inside: avoid; font-size: 9.5pt; }
  /* Long ids and headings wrap inside their cell, so a wide table still fits the page's column. */
  th, td { border: 1px solid var(--line); padding: 1.2mm 1.5mm; text-align: start; vertical-align: top; overflow-wrap: anywhere; }
  th { background: #f2f5f9; }
  td.number { text-align: end; font-variant-numeric: tabular-nums; }
  .ok { color: var(--good); font-weight: 600; }
  .short { color: var(--bad); font-weight: 600; }
  .unknown { color: var(--mid); font-weight: 600; }
  figure { margin: 3mm 0 5mm; break-inside: avoid; }
  figcaption { color: var(--muted); font-size: 10pt; }
  svg { max-width: 100%; height: auto; }
  svg text { font-size: 11px; fill: var(--ink); }
  /* The printed page is narrower than the screen's column (A4 less its margins): fill it, no wider.
     A collapsed border lies half outside its table, and Chromium clips what passes the page's
     margins: a pixel spare on each side keeps both outer borders whole, right to left too. */
  @media print { body { max-width: none; padding: 0; } table { width: calc(100% - 2px); margin-inline: 1px; } }
`;

export function renderReportPage(page: ReportPage): string {
  const dir = DIRECTION[page.lang];
  return [
    '<!DOCTYPE html>',
    `<html lang="${page.lang}" dir="${dir}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    `<title>${escapeHtml(page.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${isolatesToBdi(escapeHtml(page.title))}</h1>`,
    ...(page.subtitle ?? []).map((line) => `<p class="subtitle">${isolatesToBdi(escapeHtml(line))}</p>`),
    '</header>',
    '<main>',
    ...page.sections,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * A tagged template that escapes every interpolated value, so text from a policy or an export never
 * becomes markup. Values already made by `html` (or by the chart functions) pass through as they are.
 */
export class Markup {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): Markup {
  let out = strings[0]!;
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1]!;
  });
  return new Markup(out);
}

function render(value: unknown): string {
  if (value instanceof Markup) return value.text;
  if (Array.isArray(value)) return value.map(render).join('');
  // Runs isolated in Arabic text (report/bidi.ts) become <bdi>, outside SVG where it has no meaning.
  return isolatesToBdi(escapeHtml(value));
}

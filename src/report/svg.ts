import { Markup } from './html-page.js';
import { escapeHtml } from './html.js';

/**
 * Charts as inline SVG, so a report is one file that needs no script and fetches nothing. Each chart
 * has a `<title>` and `role="img"` with a label, for screen readers; numbers are printed beside the
 * marks, so the chart reads in print and in black and white. In a right-to-left page the chart is
 * drawn left to right all the same (time and quantity axes are not mirrored), as Arabic charts are.
 */

const WIDTH = 640;
const round = (n: number) => Math.round(n * 10) / 10;

export interface BarDatum { label: string; value: number; /** Printed instead of the value. */ text?: string }

/** Horizontal bars, one per datum, on a 0..max scale, with an optional target line. */
export function barChart(options: { title: string; data: BarDatum[]; max: number; target?: { value: number; label: string } }): Markup {
  const row = 24;
  const labelWidth = 200;
  const plot = WIDTH - labelWidth - 60;
  const height = options.data.length * row + 30;
  const x = (value: number) => labelWidth + (Math.max(0, Math.min(value, options.max)) / (options.max || 1)) * plot;
  const bars = options.data.map((datum, i) => {
    const y = 10 + i * row;
    return `<text x="${labelWidth - 6}" y="${y + 15}" text-anchor="end">${escapeHtml(datum.label)}</text>`
      + `<rect x="${labelWidth}" y="${y + 3}" width="${round(x(datum.value) - labelWidth)}" height="${row - 8}" fill="#0b5cad"/>`
      + `<text x="${round(x(datum.value) + 4)}" y="${y + 15}">${escapeHtml(datum.text ?? String(datum.value))}</text>`;
  });
  const target = options.target
    ? `<line x1="${round(x(options.target.value))}" x2="${round(x(options.target.value))}" y1="4" y2="${height - 16}" stroke="#b3261e" stroke-dasharray="4 3"/>`
      + `<text x="${round(x(options.target.value))}" y="${height - 4}" text-anchor="middle" fill="#b3261e">${escapeHtml(options.target.label)}</text>`
    : '';
  return svg(options.title, height, bars.join('') + target);
}

export interface StackSegment { label: string; value: number; color: string }

/** One bar per row, split into segments that add up to the row's whole (dissatisfied/satisfied/loyal). */
export function stackedBarChart(options: { title: string; rows: { label: string; segments: StackSegment[] }[] }): Markup {
  const row = 26;
  const labelWidth = 180;
  const plot = WIDTH - labelWidth - 20;
  const legend = options.rows[0]?.segments ?? [];
  const height = options.rows.length * row + 40;
  const body = options.rows.map((r, i) => {
    const total = r.segments.reduce((sum, s) => sum + s.value, 0) || 1;
    let at = labelWidth;
    const y = 8 + i * row;
    const parts = r.segments.map((s) => {
      const w = (s.value / total) * plot;
      const part = `<rect x="${round(at)}" y="${y}" width="${round(w)}" height="${row - 8}" fill="${s.color}"><title>${escapeHtml(`${s.label}: ${s.value}`)}</title></rect>`
        + (w > 24 ? `<text x="${round(at + w / 2)}" y="${y + 13}" text-anchor="middle" fill="#fff">${s.value}</text>` : '');
      at += w;
      return part;
    });
    return `<text x="${labelWidth - 6}" y="${y + 13}" text-anchor="end">${escapeHtml(r.label)}</text>${parts.join('')}`;
  });
  const keys = legend.map((s, i) => `<rect x="${labelWidth + i * 150}" y="${height - 18}" width="10" height="10" fill="${s.color}"/><text x="${labelWidth + i * 150 + 14}" y="${height - 9}">${escapeHtml(s.label)}</text>`);
  return svg(options.title, height, body.join('') + keys.join(''));
}

export interface LinePoint { label: string; value: number | undefined }

/** Horizontal room a month label or a value such as "100.0%" needs at 11px, with a gap. */
const LABEL_ROOM = 52;

/**
 * A line over labelled points (months), on 0..max, with a dashed target line. No two labels
 * overlap, whatever the values (0%, 100%) or the number of months: the plot starts clear of the
 * axis labels and has room above its top for a value printed over a point at the maximum; with
 * many points only every k-th is labelled (each point still has its value as a tooltip); and the
 * target line is named in a key under the chart, not on the plot where a point may sit.
 */
export function lineChart(options: { title: string; points: LinePoint[]; max: number; target?: { value: number; label: string }; unit?: string; /** Each point's printed value, as the report's tables print it. */ valueText?: (value: number) => string }): Markup {
  const left = 44;
  // Room between the axis labels and the first point, so a value printed over it stays clear of them.
  const pad = 26;
  const plotWidth = WIDTH - left - pad - 24;
  const top = 24;
  const plotHeight = 160;
  const axisLabels = top + plotHeight + 18;
  // The key's line has room below its baseline for Arabic script, whose letters reach lower.
  const height = axisLabels + (options.target ? 30 : 8);
  const n = Math.max(1, options.points.length - 1);
  const x = (i: number) => left + pad + (options.points.length === 1 ? plotWidth / 2 : (i / n) * plotWidth);
  const y = (v: number) => top + plotHeight - (Math.max(0, Math.min(v, options.max)) / (options.max || 1)) * plotHeight;
  const unit = options.unit ?? '';
  const valueText = options.valueText ?? ((value: number) => `${round(value)}${unit}`);
  // Every k-th point is labelled, so that labels are at least LABEL_ROOM apart.
  const every = options.points.length <= 1 ? 1 : Math.ceil(LABEL_ROOM / (plotWidth / n));
  const labelled = (i: number) => i % every === 0;
  const axis = `<line x1="${left}" x2="${left + pad + plotWidth}" y1="${top + plotHeight}" y2="${top + plotHeight}" stroke="#5b6472"/>`
    + `<text x="${left - 4}" y="${top + 4}" text-anchor="end">${options.max}${escapeHtml(unit)}</text>`
    + `<text x="${left - 4}" y="${top + plotHeight}" text-anchor="end">0</text>`;
  const known = options.points.map((p, i) => ({ ...p, i })).filter((p): p is { label: string; value: number; i: number } => p.value !== undefined);
  const path = known.map((p, k) => `${k === 0 ? 'M' : 'L'}${round(x(p.i))},${round(y(p.value))}`).join(' ');
  const dots = known.map((p) => `<circle cx="${round(x(p.i))}" cy="${round(y(p.value))}" r="3" fill="#0b5cad"><title>${escapeHtml(`${p.label}: ${valueText(p.value)}`)}</title></circle>`
    + (labelled(p.i) ? `<text x="${round(x(p.i))}" y="${round(y(p.value) - 6)}" text-anchor="middle">${escapeHtml(valueText(p.value))}</text>` : ''));
  const labels = options.points.map((p, i) => (labelled(i) ? `<text x="${round(x(i))}" y="${axisLabels}" text-anchor="middle">${escapeHtml(p.label)}</text>` : ''));
  const target = options.target
    ? `<line x1="${left}" x2="${left + pad + plotWidth}" y1="${round(y(options.target.value))}" y2="${round(y(options.target.value))}" stroke="#b3261e" stroke-dasharray="5 4"/>`
      + `<path d="M${left},${height - 13}h24" stroke="#b3261e" stroke-dasharray="5 4"/>`
      + `<text x="${left + 30}" y="${height - 9}" fill="#b3261e">${escapeHtml(options.target.label)}</text>`
    : '';
  return svg(options.title, height, axis + target + (path ? `<path d="${path}" fill="none" stroke="#0b5cad" stroke-width="2"/>` : '') + dots.join('') + labels.join(''));
}

/** Counts per bin as columns, with a marked value (the target) as a dashed line. */
export function histogram(options: { title: string; bins: { label: string; count: number }[]; markAt?: { bin: number; label: string } }): Markup {
  const height = 220;
  const left = 44;
  const plotWidth = WIDTH - left - 20;
  const top = 14;
  const plotHeight = height - top - 44;
  const max = Math.max(1, ...options.bins.map((b) => b.count));
  const w = plotWidth / Math.max(1, options.bins.length);
  const cols = options.bins.map((b, i) => {
    const h = (b.count / max) * plotHeight;
    return `<rect x="${round(left + i * w + 1)}" y="${round(top + plotHeight - h)}" width="${round(w - 2)}" height="${round(h)}" fill="#0b5cad"><title>${escapeHtml(`${b.label}: ${b.count}`)}</title></rect>`
      + `<text x="${round(left + i * w + w / 2)}" y="${height - 26}" text-anchor="middle">${escapeHtml(b.label)}</text>`;
  });
  const mark = options.markAt
    ? `<line x1="${round(left + options.markAt.bin * w)}" x2="${round(left + options.markAt.bin * w)}" y1="${top}" y2="${top + plotHeight}" stroke="#b3261e" stroke-dasharray="5 4"/>`
      + `<text x="${round(left + options.markAt.bin * w + 4)}" y="${top + 10}" fill="#b3261e">${escapeHtml(options.markAt.label)}</text>`
    : '';
  return svg(options.title, height, `<text x="${left - 4}" y="${top + 4}" text-anchor="end">${max}</text>` + cols.join('') + mark);
}

function svg(title: string, height: number, body: string): Markup {
  return new Markup(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-label="${escapeHtml(title)}" direction="ltr"><title>${escapeHtml(title)}</title>${body}</svg>`);
}

import { Eta } from 'eta';
import { madeOnce } from '../core/made-once.js';
import { isolatesToBdi } from '../report/bidi.js';
import { escapeHtml } from '../report/html.js';
import { escapeMarkdown, tidyMarkdown } from '../report/markdown.js';
import type { BriefingView } from './view.js';

export type TemplateKind = 'md' | 'html';

const engines: Record<TemplateKind, Eta> = {
  html: new Eta({ autoEscape: true, escapeFunction: (value: unknown) => isolatesToBdi(escapeHtml(value)), autoTrim: false, cache: false }),
  md: new Eta({ autoEscape: true, escapeFunction: escapeMarkdown, autoTrim: false, cache: false }),
};

/** Renders a briefing: a pure function of the template text and the view. */
export function renderBriefing(template: string, view: BriefingView, kind: TemplateKind): string {
  const engine = engines[kind];
  // Compiled once per run (a new Function): a run briefs every role in every language from it.
  const rendered = engine.render(madeOnce(`template ${kind} ${template}`, () => engine.compile(template)), view);
  return kind === 'md' ? tidyMarkdown(rendered) : rendered;
}

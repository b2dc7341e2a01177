import { Eta } from 'eta';
import { isolatesToBdi } from '../report/bidi.js';
import { escapeHtml } from '../report/html.js';
import { escapeMarkdown, tidyMarkdown } from '../report/markdown.js';
import type { BriefingView } from './view.js';

export type TemplateKind = 'md' | 'html';

const engines: Record<TemplateKind, Eta> = {
  html: new Eta({ autoEscape: true, escapeFunction: (value: unknown) => isolatesToBdi(escapeHtml(value)), autoTrim: false, cache: false }),
  md: new Eta({ autoEscape: true, escapeFunction: escapeMarkdown, autoTrim: false, cache: false }),
};

/**
 * Each template compiled once per run: a run briefs every role in every language from the same
 * template, and compiling it (a new Function) cost as much again as rendering it.
 */
const compiled = new Map<string, ReturnType<Eta['compile']>>();

/** Renders a briefing: a pure function of the template text and the view. */
export function renderBriefing(template: string, view: BriefingView, kind: TemplateKind): string {
  const engine = engines[kind];
  const key = `${kind}\0${template}`;
  let compiledTemplate = compiled.get(key);
  if (!compiledTemplate) compiled.set(key, (compiledTemplate = engine.compile(template)));
  const rendered = engine.render(compiledTemplate, view);
  return kind === 'md' ? tidyMarkdown(rendered) : rendered;
}

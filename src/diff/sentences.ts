import { humanizeDuration } from '../brief/humanize.js';
import { BRIEF_MESSAGES } from '../brief/messages.js';
import { standardSentence } from '../brief/view.js';
import { textIn, type Action, type EscalationLevel, type Kpi, type LocalText, type Policy, type Standard } from '../core/policy.js';
import { indexPolicy } from '../core/policy-index.js';
import { say, type Lang, termFor } from '../i18n/index.js';
import { SECTION_TERMS } from '../i18n/terms.js';
import { MESSAGES } from '../i18n/messages.js';
import type { PolicyChange } from './diff.js';

/**
 * What changed for one role, as plain sentences in a briefing's language: one sentence per item
 * that changed ("Resolve within 3 working days on e-mail, 90% of the time (was 5 working days).").
 */
export function changeSentences(changes: readonly PolicyChange[], before: Policy, after: Policy, roleId: string, lang: Lang): string[] {
  const indexes = { before: indexPolicy(before), after: indexPolicy(after) };
  const text = (value: LocalText | undefined) => textIn(value, lang);
  const roleName = (id: string | undefined, side: 'before' | 'after') => (id ? text(indexes[side].roles.get(id)?.item.name) || id : '');
  const levelOwner = (level: EscalationLevel, side: 'before' | 'after') => (level.owner ? roleName(level.owner, side) : text(level.external?.name));
  const groups = new Map<string, PolicyChange[]>();
  for (const change of changes) {
    if (!change.roles.includes(roleId) || change.id === undefined) continue;
    const key = `${change.section}\u0000${change.id}`;
    groups.set(key, [...(groups.get(key) ?? []), change]);
  }

  const sentences: string[] = [];
  for (const group of groups.values()) {
    const first = group[0]!;
    const fields = new Set(group.map((change) => change.field));
    const item = <T>(side: 'before' | 'after'): T | undefined => {
      const policy = side === 'before' ? before : after;
      switch (first.section) {
        case 'standards': return policy.standards.find((s) => s.id === first.id) as T | undefined;
        case 'actions': return policy.actions.find((a) => a.id === first.id) as T | undefined;
        case 'escalation': return policy.escalation.levels.find((l) => String(l.level) === first.id) as T | undefined;
        case 'kpis': return policy.goals.flatMap((g) => g.kpis ?? []).find((k) => k.id === first.id) as T | undefined;
        default: return ((policy as unknown as Record<string, { id: string }[] | undefined>)[first.section] ?? []).find((i) => i.id === first.id) as T | undefined;
      }
    };
    switch (first.section) {
      case 'standards': {
        const [old, now] = [item<Standard>('before'), item<Standard>('after')];
        if (!now) sentences.push(say(lang, BRIEF_MESSAGES.goneStandard, { sentence: standardSentence(old!, indexes.before, lang) }));
        else if (!old) sentences.push(say(lang, BRIEF_MESSAGES.newStandard, { sentence: standardSentence(now, indexes.after, lang) }));
        else if ([...fields].every((field) => field === 'target' || field === 'attainment')) {
          const was = [
            fields.has('target') && old.target ? humanizeDuration(old.target, lang, old.clock === 'business') : '',
            fields.has('attainment') ? old.attainment ?? '' : '',
          ].filter(Boolean).join(say(lang, MESSAGES.comma));
          sentences.push(say(lang, BRIEF_MESSAGES.nowWas, { now: standardSentence(now, indexes.after, lang), was }));
        } else sentences.push(say(lang, BRIEF_MESSAGES.changedStandard, { sentence: standardSentence(now, indexes.after, lang) }));
        break;
      }
      case 'actions': {
        const [old, now] = [item<Action>('before'), item<Action>('after')];
        const title = text((now ?? old)!.title);
        if (now?.owner === roleId && old?.owner !== roleId) sentences.push(say(lang, BRIEF_MESSAGES.newAction, { title }));
        else if (old?.owner === roleId && now?.owner !== roleId) sentences.push(say(lang, BRIEF_MESSAGES.goneAction, { title }));
        else sentences.push(say(lang, BRIEF_MESSAGES.changedAction, { title }));
        break;
      }
      case 'escalation': {
        const [old, now] = [item<EscalationLevel>('before'), item<EscalationLevel>('after')];
        if (!now) sentences.push(say(lang, BRIEF_MESSAGES.goneLevel, { level: old!.level, owner: levelOwner(old!, 'before') }));
        else if (!old) sentences.push(say(lang, BRIEF_MESSAGES.newLevel, { level: now.level, owner: levelOwner(now, 'after'), after: humanizeDuration(now.after, lang) }));
        else {
          if (fields.has('after')) sentences.push(say(lang, BRIEF_MESSAGES.levelAfter, { level: now.level, owner: levelOwner(now, 'after'), now: humanizeDuration(now.after, lang), was: humanizeDuration(old.after, lang) }));
          if (fields.has('owner') || [...fields].some((field) => field?.startsWith('external'))) sentences.push(say(lang, BRIEF_MESSAGES.levelOwner, { level: now.level, now: levelOwner(now, 'after'), was: levelOwner(old, 'before') }));
          if (!fields.has('after') && !fields.has('owner') && ![...fields].some((field) => field?.startsWith('external'))) sentences.push(say(lang, BRIEF_MESSAGES.changedLevel, { level: now.level, owner: levelOwner(now, 'after') }));
        }
        break;
      }
      case 'kpis': {
        const [old, now] = [item<Kpi>('before'), item<Kpi>('after')];
        if (old && now && fields.has('target')) {
          const unit = (kpi: Kpi) => (kpi.unit === '%' ? `${kpi.target}%` : `${kpi.target} ${kpi.unit}`);
          sentences.push(say(lang, BRIEF_MESSAGES.kpiTarget, { kpi: text(now.name) || now.id, now: unit(now), was: unit(old) }));
          break;
        }
      }
      // falls through: any other change to a KPI reads like a change to any item.
      default: {
        const [old, now] = [item<{ id: string; name?: LocalText; title?: LocalText }>('before'), item<{ id: string; name?: LocalText; title?: LocalText }>('after')];
        const shown = (now ?? old)!;
        const params = { section: termFor(lang, SECTION_TERMS, first.section), name: text(shown.name ?? shown.title) || shown.id };
        sentences.push(say(lang, !now ? BRIEF_MESSAGES.goneItem : !old ? BRIEF_MESSAGES.newItem : BRIEF_MESSAGES.changedItem, params));
      }
    }
  }
  return sentences;
}

import { Document, isMap, isScalar, parseDocument, type Node } from 'yaml';
import { writeBlockYaml, type BlockYamlLayout } from '../core/block-yaml-writer.js';
import type { Policy } from '../core/policy.js';
import { say, type Lang, type Localized } from '../i18n/index.js';
import { Splicer, applyEdits, flowShortLists, inLineEndsOf, isOneLineItem, isShortList, parsedMapping, sameValue, type Edit } from '../core/yaml-edit.js';

/** The order sections are written in: the seven steps, as a reader walks through them. */
const KEY_ORDER: (keyof Policy)[] = [
  'cs-policy', 'id', 'title', 'organisation', 'summary', 'languages', 'version', 'status', 'owner', 'effective_date', 'review', 'changes',
  'roles', 'priorities', 'segments', 'calendars', 'channels', 'goals', 'comparison', 'mission', 'actions', 'standards', 'escalation', 'pilot', 'rollout',
  'first_contact', 'feedback',
];

/** A short comment over each section, saying what it is for. */
const SECTION_COMMENTS: Partial<Record<keyof Policy, Localized>> = {
  'cs-policy': { en: 'Format version of this file.', ar: 'نسخة صيغة هذا الملف.' },
  review: { en: 'Review cadence: no policy stays right, so it is reviewed regularly.', ar: 'دورة المراجعة: لا سياسة تبقى صالحة دائمًا، لذا تُراجع بانتظام.' },
  changes: { en: 'Change history, newest first.', ar: 'سجل التغييرات، الأحدث أولًا.' },
  roles: { en: 'Who serves: the staff roles this policy briefs.', ar: 'من يقدّم الخدمة: أدوار الموظفين الذين تخاطبهم هذه السياسة.' },
  priorities: { en: 'Priorities, most urgent first; standards name the one they are for.', ar: 'الأولويات، الأعجل أولًا؛ ويسمّي كل معيار الأولوية التي يخصها.' },
  segments: { en: 'Customer segments that some standards are for.', ar: 'فئات العملاء التي تخصها بعض المعايير.' },
  calendars: { en: 'Working hours and holidays that "business" and "working-days" targets run on.', ar: 'ساعات العمل والعطلات التي تُحسب عليها الأهداف بساعات العمل وبأيام العمل.' },
  channels: { en: 'Ways customers reach us; a calendar means office hours only.', ar: 'طرق تواصل العملاء معنا؛ والتقويم يعني ساعات العمل فقط.' },
  goals: { en: 'Step 1. Goals, each with measurable KPIs.', ar: 'الخطوة 1. الأهداف، ولكل منها مؤشرات أداء قابلة للقياس.' },
  comparison: { en: 'Step 2. How our KPIs compare with competitors and the industry standard.', ar: 'الخطوة 2. مقارنة مؤشراتنا بالمنافسين وبمعيار القطاع.' },
  mission: { en: "Step 3. How each goal serves the company's core mission.", ar: 'الخطوة 3. كيف يخدم كل هدف رسالة الشركة الأساسية.' },
  actions: { en: 'Step 4. Concrete procedures that reach each goal.', ar: 'الخطوة 4. إجراءات محددة تحقق كل هدف.' },
  standards: { en: 'Step 5. Standards: a number, a unit and a clock for each action.', ar: 'الخطوة 5. المعايير: رقم ووحدة وساعة لكل إجراء.' },
  escalation: { en: 'Step 5. The escalation ladder: who takes over a case, and after how long.', ar: 'الخطوة 5. سلم التصعيد: من يتولى الحالة وبعد كم من الوقت.' },
  pilot: { en: 'Step 6. A trial on chosen staff and customers before rollout.', ar: 'الخطوة 6. تجربة على موظفين وعملاء مختارين قبل التعميم.' },
  rollout: { en: 'Step 7. Telling every member of staff.', ar: 'الخطوة 7. إبلاغ كل الموظفين.' },
  first_contact: { en: 'Guidance for the first moments with a customer.', ar: 'إرشادات للحظات الأولى مع العميل.' },
  feedback: { en: 'Customer feedback we collect, how and how often.', ar: 'آراء العملاء التي نجمعها، وكيف، وكم مرة.' },
};

/**
 * How a policy file is laid out: the modeline first (when there is one), a comment over each
 * section, and a blank line before each but the first, so that the file reads as the method.
 */
function policyLayout(lang: Lang, schemaPath?: string): BlockYamlLayout {
  return {
    ...(schemaPath === undefined ? {} : { header: ` yaml-language-server: $schema=${schemaPath}` }),
    section(key) {
      const section = SECTION_COMMENTS[key as keyof Policy];
      const comment = section && say(lang, section);
      return section && { ...(comment ? { comment: ` ${comment}` } : {}), blankBefore: key !== 'cs-policy' };
    },
    flowList: isShortList,
    flowItem: (key, item) => isOneLineItem(key, Object.values(item)),
  };
}

/** A new policy file: modeline first, sections in method order, a comment over each. */
export function policyToYaml(policy: Partial<Policy>, lang: Lang, schemaPath: string): string {
  const ordered: Record<string, unknown> = {};
  for (const key of KEY_ORDER) if (policy[key] !== undefined) ordered[key] = policy[key];
  const layout = policyLayout(lang, schemaPath);
  return writeBlockYaml(ordered, layout) ?? documentText(ordered, layout);
}

/** The text yaml writes for a mapping in a layout: what writeBlockYaml writes, where it writes. */
export function documentText(data: Record<string, unknown>, layout: BlockYamlLayout): string {
  const doc = new Document(data);
  if (layout.header !== undefined) doc.commentBefore = layout.header;
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      const section = isScalar(pair.key) ? layout.section?.(String(pair.key.value)) : undefined;
      if (section?.comment !== undefined && isScalar(pair.key)) pair.key.commentBefore = section.comment;
      if (section?.blankBefore && isScalar(pair.key)) pair.key.spaceBefore = true;
    }
  }
  flowShortLists(doc);
  return doc.toString({ lineWidth: 100, flowCollectionPadding: false });
}

/** One section as its own YAML text, in the style of a new file. */
function sectionText(key: keyof Policy, value: unknown, lang: Lang, withComment: boolean): string {
  const { section, ...layout } = policyLayout(lang);
  const comment = withComment ? section?.(key)?.comment : undefined;
  return documentText({ [key]: value }, { ...layout, section: () => (comment === undefined ? undefined : { comment }) });
}

/**
 * An existing policy with the sections of one step as they are now. A section that did not change
 * is not touched; a changed one is changed in place, entry by entry (see Splicer), so everything
 * else stays byte for byte as the user wrote it, comments and layout included. Should the edited
 * text not read back as the new policy, the changed sections are written anew instead.
 */
export function replaceSections(source: string, previous: Partial<Policy>, sections: Partial<Policy>, keys: readonly (keyof Policy)[], lang: Lang): string {
  const changed = keys.filter((key) => !sameValue(previous[key], sections[key]));
  if (changed.length === 0) return source;
  const spliced = editSections(source, sections, changed, lang, previous);
  if (readsAs(spliced, source, sections, changed)) return spliced;
  return editSections(source, sections, changed, lang);
}

/** Whether `text` holds the new sections and, in every other section, what `source` held. */
function readsAs(text: string, source: string, sections: Partial<Policy>, changed: readonly (keyof Policy)[]): boolean {
  const now = parsedMapping(text);
  const was = parsedMapping(source);
  if (!now || !was) return false;
  const keys = new Set([...Object.keys(now), ...Object.keys(was)]);
  return [...keys].every((key) => sameValue(now[key], changed.includes(key as keyof Policy) ? sections[key as keyof Policy] : was[key]));
}

/**
 * The changed sections: with `previous`, changed in place where the Splicer can; otherwise (and
 * without it) written anew from the key to the end of its last line. A new section goes at the end.
 */
function editSections(source: string, sections: Partial<Policy>, changed: readonly (keyof Policy)[], lang: Lang, previous?: Partial<Policy>): string {
  const doc = parseDocument(source);
  const splicer = new Splicer(source);
  const edits: Edit[] = [];
  let appended = '';
  for (const key of changed) {
    const value = sections[key];
    const pair = isMap(doc.contents) ? doc.contents.items.find((item) => isScalar(item.key) && item.key.value === key) : undefined;
    const keyRange = pair && isScalar(pair.key) ? pair.key.range : undefined;
    if (!pair || !keyRange) {
      if (value !== undefined) appended += `\n${sectionText(key, value, lang, true)}`;
      continue;
    }
    const inPlace = previous && value !== undefined ? splicer.value(pair.value as Node | null, previous[key], value) : undefined;
    if (inPlace) {
      edits.push(...inPlace);
      continue;
    }
    const valueRange = (pair.value as { range?: [number, number, number] } | null | undefined)?.range;
    let end = valueRange ? valueRange[1] : keyRange[1];
    const lineEnd = source.indexOf('\n', end === 0 ? 0 : end - 1);
    end = lineEnd === -1 ? source.length : Math.max(end, lineEnd + 1);
    edits.push({ start: keyRange[0], end, text: value === undefined ? '' : sectionText(key, value, lang, false) });
  }
  const text = applyEdits(source, edits);
  return appended ? inLineEndsOf(source, `${text.replace(/(\r?\n)*$/, '\n')}${appended}`) : text;
}

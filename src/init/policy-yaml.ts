import { Document, isMap, isScalar, isSeq, parseDocument, visit, type Pair } from 'yaml';
import type { Policy } from '../core/policy.js';
import type { Lang } from '../i18n/index.js';

/** The order sections are written in: the seven steps, as a reader walks through them. */
const KEY_ORDER: (keyof Policy)[] = [
  'cs-policy', 'id', 'title', 'organisation', 'summary', 'languages', 'version', 'status', 'owner', 'effective_date', 'review', 'changes',
  'roles', 'priorities', 'segments', 'calendars', 'channels', 'goals', 'comparison', 'mission', 'actions', 'standards', 'escalation', 'pilot', 'rollout',
  'first_contact', 'feedback',
];

/** A short comment over each section, saying what it is for. */
const SECTION_COMMENTS: Partial<Record<keyof Policy, Record<Lang, string>>> = {
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

const modeline = (schemaPath: string) => ` yaml-language-server: $schema=${schemaPath}`;

function commentSection(pair: Pair, lang: Lang): void {
  const key = isScalar(pair.key) ? (String(pair.key.value) as keyof Policy) : undefined;
  const comment = key ? SECTION_COMMENTS[key]?.[lang] : undefined;
  if (comment && isScalar(pair.key)) pair.key.commentBefore = ` ${comment}`;
}

/** A new policy file: modeline first, sections in method order, a comment over each. */
export function policyToYaml(policy: Partial<Policy>, lang: Lang, schemaPath: string): string {
  const ordered: Record<string, unknown> = {};
  for (const key of KEY_ORDER) if (policy[key] !== undefined) ordered[key] = policy[key];
  const doc = new Document(ordered);
  doc.commentBefore = modeline(schemaPath);
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      commentSection(pair, lang);
      // A blank line before each step keeps the file readable as the method.
      if (isScalar(pair.key) && SECTION_COMMENTS[String(pair.key.value) as keyof Policy] && String(pair.key.value) !== 'cs-policy') pair.key.spaceBefore = true;
    }
  }
  flowShortLists(doc);
  return doc.toString({ lineWidth: 100, flowCollectionPadding: false });
}

/** Lists of plain values (days, channels, roles) read best on one line: [mon, tue, wed]. */
function flowShortLists(doc: Document): void {
  visit(doc, {
    // A holiday reads best on one line too: { date: 2027-03-09, until: 2027-03-12, name: Eid al-Fitr, estimated: true }.
    Pair(_key, pair) {
      if (isScalar(pair.key) && pair.key.value === 'holidays' && isSeq(pair.value)) {
        for (const item of pair.value.items) if (isMap(item) && item.items.every((entry) => isScalar(entry.value))) item.flow = true;
      }
    },
    Seq(_key, node) {
      if (isSeq(node) && node.items.length > 0 && node.items.every((item) => isScalar(item) && String(item.value).length <= 24)) node.flow = true;
    },
  });
}

/** One section as its own YAML text, in the style of a new file. */
function sectionText(key: keyof Policy, value: unknown, lang: Lang, withComment: boolean): string {
  const doc = new Document({ [key]: value });
  flowShortLists(doc);
  if (withComment && isMap(doc.contents)) for (const pair of doc.contents.items) commentSection(pair, lang);
  return doc.toString({ lineWidth: 100, flowCollectionPadding: false });
}

/**
 * An existing policy with some sections replaced. The new sections are spliced into the source
 * text, so everything else stays byte for byte as the user wrote it, comments and layout included.
 */
export function replaceSections(source: string, sections: Partial<Policy>, keys: readonly (keyof Policy)[], lang: Lang): string {
  const doc = parseDocument(source);
  const edits: { start: number; end: number; text: string }[] = [];
  let appended = '';
  for (const key of keys) {
    const value = sections[key];
    const pair = isMap(doc.contents) ? doc.contents.items.find((item) => isScalar(item.key) && item.key.value === key) : undefined;
    const keyRange = pair && isScalar(pair.key) ? pair.key.range : undefined;
    const valueRange = (pair?.value as { range?: [number, number, number] } | null | undefined)?.range;
    if (keyRange) {
      let end = valueRange ? valueRange[1] : keyRange[1];
      const lineEnd = source.indexOf('\n', end === 0 ? 0 : end - 1);
      end = lineEnd === -1 ? source.length : Math.max(end, lineEnd + 1);
      edits.push({ start: keyRange[0], end, text: value === undefined ? '' : sectionText(key, value, lang, false) });
    } else if (value !== undefined) {
      appended += `\n${sectionText(key, value, lang, true)}`;
    }
  }
  let text = source;
  for (const edit of edits.sort((a, b) => b.start - a.start)) text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
  if (appended) text = `${text.replace(/\n*$/, '\n')}${appended}`;
  return text;
}

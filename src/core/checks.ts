import type { Localized } from '../i18n/index.js';
import type { Severity } from './finding.js';

/** What a reader of a finding needs beyond its message: shown by code scanning (SARIF `help`). */
export interface RuleHelp {
  /** Why the rule matters and what to do, in a sentence or two. */
  why: Localized;
  /** A few lines of policy YAML that satisfy the rule: a short example of a fix. */
  fix: string;
}

export interface CheckMeta {
  id: string;
  description: Localized;
  severity: Severity;
  help?: RuleHelp;
}

/**
 * Checks that run before the semantic rules: reading the file, parsing YAML, the JSON Schema.
 * They cannot be turned off, since nothing after them can run on a document that fails them.
 */
export const SOURCE_CHECKS: readonly CheckMeta[] = [
  {
    id: 'file-not-text',
    severity: 'error',
    description: { en: 'A policy file is UTF-8 text, not binary data.', ar: 'ملف السياسة نص بترميز UTF-8، لا بيانات ثنائية.' },
    help: { why: { en: 'A policy is read as UTF-8 text; a binary file or another encoding cannot be parsed. Save the file as UTF-8.', ar: 'تُقرأ السياسة نصًّا بترميز UTF-8، ولا يمكن تحليل ملف ثنائي أو ملف بترميز آخر. احفظ الملف بترميز UTF-8.' }, fix: '# Saved as UTF-8 text:\ncs-policy: 1\nid: complaints\ntitle: {en: Complaints policy, ar: سياسة الشكاوى}' },
  },
  {
    id: 'file-too-large',
    severity: 'error',
    description: { en: 'A policy file is at most 1 MiB.', ar: 'لا يتجاوز حجم ملف السياسة 1 ميبيبايت.' },
    help: { why: { en: 'Policies are short documents; a file over 1 MiB is not read at all, so that a stray log or export cannot stall CI. Split the policy or remove what does not belong in it.', ar: 'السياسات مستندات قصيرة؛ ولا يُقرأ ملف يتجاوز 1 ميبيبايت، كي لا يعطّل سجل أو ملف تصدير طائش التكامل المستمر. قسّم السياسة أو احذف ما لا ينتمي إليها.' }, fix: '# One policy per file; long guidance goes in a linked document:\nfirst_contact:\n  - See the complaints handbook for scripts.' },
  },
  {
    id: 'yaml-syntax',
    severity: 'error',
    description: { en: 'The file is well-formed YAML (no tabs for indentation, closed brackets and quotes).', ar: 'الملف YAML سليم الصيغة (لا إزاحة بمحرف الجدولة، والأقواس وعلامات الاقتباس مغلقة).' },
    help: { why: { en: 'Nothing can be checked until the file parses. The usual causes are a tab used for indentation, an unclosed bracket or quote, and a colon inside a value that is not quoted.', ar: 'لا يمكن فحص شيء قبل أن يُحلَّل الملف. الأسباب المعتادة: إزاحة بمحرف الجدولة، أو قوس أو علامة اقتباس لم تُغلق، أو نقطتان داخل قيمة غير مقتبسة.' }, fix: '# Indent with spaces, close brackets, quote values that contain ": ":\nroles:\n  - { id: front-line, name: "Adviser: first line", kind: front-line }' },
  },
  {
    id: 'yaml-duplicate-key',
    severity: 'error',
    description: { en: 'No key appears twice in the same mapping.', ar: 'لا يتكرر مفتاح في الجدول نفسه.' },
    help: { why: { en: 'With a key written twice, only one value counts and the other is silently lost. Keep one, or merge the two values.', ar: 'إذا كُتب المفتاح مرتين احتُسبت قيمة واحدة وضاعت الأخرى بصمت. أبقِ واحدًا أو ادمج القيمتين.' }, fix: 'review:\n  cadence: 1y\n  next: 2027-03-15   # once, not twice' },
  },
  {
    id: 'yaml-too-deep',
    severity: 'error',
    description: { en: 'Nesting stays within 64 levels.', ar: 'لا يتجاوز التداخل 64 مستوى.' },
    help: { why: { en: 'A policy is a few levels deep; nesting beyond 64 levels is a sign of a broken or hostile file and is not read further. Flatten the structure.', ar: 'السياسة بضعة مستويات عمقًا؛ والتداخل فوق 64 مستوى علامة على ملف معطوب أو عدائي فلا يُقرأ أبعد من ذلك. بسّط البنية.' }, fix: 'goals:\n  - id: easy-contact\n    category: experience\n    title: Residents reach us easily' },
  },
  {
    id: 'yaml-aliases',
    severity: 'error',
    description: { en: 'YAML aliases do not expand without bound.', ar: 'لا تتضخم الأسماء المستعارة في YAML بلا حد.' },
    help: { why: { en: 'Aliases that refer to aliases can expand into millions of values from a few lines (a "billion laughs" file). Write the values out instead of nesting aliases.', ar: 'الأسماء المستعارة التي تشير إلى أسماء مستعارة قد تتضخم إلى ملايين القيم من أسطر قليلة. اكتب القيم صراحة بدل تداخل الأسماء المستعارة.' }, fix: '# Repeat the few values you need instead of aliases of aliases:\ndays: [mon, tue, wed, thu, fri]' },
  },
  {
    id: 'document-shape',
    severity: 'error',
    description: { en: 'The file holds one YAML document, a mapping.', ar: 'يحوي الملف مستند YAML واحدًا على هيئة جدول.' },
    help: { why: { en: 'A policy file holds exactly one YAML document, a mapping that starts with `cs-policy: 1`. Put each policy in its own file.', ar: 'يحوي ملف السياسة مستند YAML واحدًا بالضبط، جدولًا يبدأ بـ `cs-policy: 1`. ضع كل سياسة في ملف مستقل.' }, fix: 'cs-policy: 1\nid: complaints\ntitle: Complaints policy\n# ...no second document (---) below' },
  },
  {
    id: 'schema',
    severity: 'error',
    description: { en: 'The policy matches the JSON Schema of format version 1 (keys, types, required sections, durations, dates).', ar: 'تطابق السياسة مخطط JSON لنسخة الصيغة 1 (المفاتيح والأنواع والأقسام المطلوبة والمدد والتواريخ).' },
    help: { why: { en: 'The JSON Schema is the definition of the format: it names every key, its type and the sections a policy needs. The message says which key or value to change; editors that read the schema modeline show the same problems as you type.', ar: 'مخطط JSON هو تعريف الصيغة: يسمّي كل مفتاح ونوعه والأقسام التي تحتاجها السياسة. تقول الرسالة أي مفتاح أو قيمة يجب تغييرها، وتعرض المحررات التي تقرأ سطر المخطط المشكلات نفسها أثناء الكتابة.' }, fix: '# yaml-language-server: $schema=../schema/policy.schema.json\nstandards:\n  - { id: reply, action: answer-email, metric: first-response, target: 1d, clock: calendar }   # not "1 day"' },
  },
];

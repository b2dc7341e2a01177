import type { Localized, LocalizedPlural } from '../i18n/index.js';

/** The words of validate's report formats and of loading a formatter module, in both languages. */
export const FORMAT_MESSAGES = {
  'format.unloadable': { en: 'cannot load the formatter "{file}": {reason}', ar: 'تعذّر تحميل وحدة التنسيق "{file}": {reason}' },
  'format.notAFormatter': { en: 'the formatter "{file}" exports no function: export one (module.exports or export default) that takes the results and returns the report as text', ar: 'لا تصدّر وحدة التنسيق "{file}" أي دالة: صدِّر دالة (module.exports أو export default) تأخذ النتائج وتعيد التقرير نصًّا' },
  'format.failed': { en: 'the formatter "{file}" failed: {message}', ar: 'فشلت وحدة التنسيق "{file}": {message}' },
  'format.notText': { en: 'the formatter "{file}" returned {kind}, not the report as text', ar: 'أعادت وحدة التنسيق "{file}" قيمة من نوع {kind} بدل التقرير نصًّا' },
  'summary.tooManyWarnings': { en: 'too many warnings: {count}, where --max-warnings allows {max}', ar: 'التحذيرات أكثر من المسموح: {count}، والحد الذي يسمح به ‎--max-warnings‎ هو {max}' },
  'summary.hiddenWarnings': {
    en: { one: '{count} warning not shown (--quiet)', other: '{count} warnings not shown (--quiet)' },
    ar: { zero: 'لم يُخفَ أي تحذير (‎--quiet‎)', one: 'لم يُعرض تحذير واحد (‎--quiet‎)', two: 'لم يُعرض تحذيران (‎--quiet‎)', few: 'لم تُعرض {count} تحذيرات (‎--quiet‎)', many: 'لم يُعرض {count} تحذيرًا (‎--quiet‎)', other: 'لم يُعرض {count} تحذير (‎--quiet‎)' },
  },
  'summary.skipped': {
    en: { one: '{count} other YAML file skipped (not a policy)', other: '{count} other YAML files skipped (not policies)' },
    ar: { zero: 'لم يُتخطَّ أي ملف YAML آخر', one: 'تُخطّي ملف YAML آخر (ليس سياسة)', two: 'تُخطّي ملفا YAML آخران (ليسا سياستين)', few: 'تُخطّيت {count} ملفات YAML أخرى (ليست سياسات)', many: 'تُخطّي {count} ملفًا آخر من ملفات YAML (ليست سياسات)', other: 'تُخطّي {count} ملف آخر من ملفات YAML (ليست سياسات)' },
  },
  'summary.clean': {
    en: { one: '✔ {count} file checked, no problems', other: '✔ {count} files checked, no problems' },
    ar: { zero: '✔ لم يُفحص أي ملف', one: '✔ فُحص ملف واحد، ولا مشكلات', two: '✔ فُحص ملفان، ولا مشكلات', few: '✔ فُحصت {count} ملفات، ولا مشكلات', many: '✔ فُحص {count} ملفًا، ولا مشكلات', other: '✔ فُحص {count} ملف، ولا مشكلات' },
  },
  'summary.problems': {
    en: { one: '{count} problem', other: '{count} problems' },
    ar: { zero: 'لا مشكلات', one: 'مشكلة واحدة', two: 'مشكلتان', few: '{count} مشكلات', many: '{count} مشكلة', other: '{count} مشكلة' },
  },
  'summary.errors': {
    en: { one: '{count} error', other: '{count} errors' },
    ar: { zero: 'لا أخطاء', one: 'خطأ واحد', two: 'خطآن', few: '{count} أخطاء', many: '{count} خطأً', other: '{count} خطأ' },
  },
  'summary.warnings': {
    en: { one: '{count} warning', other: '{count} warnings' },
    ar: { zero: 'لا تحذيرات', one: 'تحذير واحد', two: 'تحذيران', few: '{count} تحذيرات', many: '{count} تحذيرًا', other: '{count} تحذير' },
  },
  'summary.line': { en: '✖ {problems} ({errors}, {warnings})', ar: '✖ {problems} ({errors}، {warnings})' },
  'severity.error': { en: 'error', ar: 'خطأ' },
  'severity.warning': { en: 'warning', ar: 'تحذير' },
  'sarif.fixExample': { en: 'For example:', ar: 'مثال:' },
  'sarif.rulesTable': { en: 'Every rule of cs-policy', ar: 'كل قواعد cs-policy' },
} as const satisfies Record<string, Localized | LocalizedPlural>;

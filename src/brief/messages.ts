import type { Localized, LocalizedPlural } from '../i18n/index.js';

/** What brief says besides the briefing itself (its refusals and notices), in both languages. */
export const BRIEF_MESSAGES = {
  'brief.wrote': { en: 'wrote {file}', ar: 'كُتب {file}' },
  'brief.unknownAudience': { en: 'no role has the id "{role}"{suggestion}; the roles are {roles}', ar: 'لا يوجد دور بالمعرّف "{role}"{suggestion}؛ الأدوار هي {roles}' },
  'brief.languageNotWritten': { en: 'the policy is not written in "{lang}", so its briefings cannot be: its languages are {languages}; brief in one of them, or add "{lang}" to languages and translate the texts', ar: 'السياسة غير مكتوبة باللغة "{lang}"، فلا تُكتب إحاطاتها بها: لغاتها {languages}؛ اطلب الإحاطة بإحداها، أو أضف "{lang}" إلى languages وترجم النصوص' },
  'brief.hasErrors': { en: '"{file}" has errors, so it is not briefed; fix them, or use --force to brief anyway', ar: 'في "{file}" أخطاء، لذا لم تُعَد إحاطته؛ أصلحها أو استخدم ‎--force‎ لإعدادها رغم ذلك' },
  'brief.notBriefable': { en: '"{file}" does not match the policy schema, so it cannot be briefed even with --force', ar: '"{file}" لا يطابق مخطط السياسة، فلا يمكن إعداد إحاطته حتى مع ‎--force‎' },
  'brief.noChromium': { en: 'PDF briefings are printed by Chromium, which was not found; install it (Debian and Ubuntu: apt-get install chromium) or set CS_POLICY_CHROMIUM to its path', ar: 'تُطبع إحاطات PDF بمتصفح Chromium، ولم يُعثر عليه؛ ثبّته (في Debian وUbuntu: apt-get install chromium) أو اضبط CS_POLICY_CHROMIUM على مساره' },
  'brief.pdfFailed': { en: 'Chromium could not print "{file}": {reason}', ar: 'تعذّر على Chromium طباعة "{file}": {reason}' },
  'brief.noTemplates': { en: '--templates "{dir}" is not a folder: name the folder that holds briefing.md.eta or briefing.html.eta', ar: 'القيمة "{dir}" للخيار ‎--templates‎ ليست مجلدًا: حدّد المجلد الذي يضم briefing.md.eta أو briefing.html.eta' },
  'brief.templateError': { en: 'the template "{file}" could not be rendered: {message}', ar: 'تعذّر عرض القالب "{file}": {message}' },

  // --help.
  'help.brief': { en: 'write a briefing for each staff role, from the policy', ar: 'اكتب إحاطة لكل دور من أدوار الموظفين انطلاقًا من السياسة' },
  'help.audience': { en: 'brief only these roles (ids from roles)', ar: 'أعِدّ الإحاطة لهذه الأدوار فقط (معرّفات من roles)' },
  'help.briefFormat': { en: 'briefing format', ar: 'صيغة الإحاطة' },
  'help.out': { en: 'folder the briefings are written to', ar: 'المجلد الذي تُكتب فيه الإحاطات' },
  'help.templates': { en: 'folder with templates that override the built-in ones', ar: 'مجلد قوالب تحل محل القوالب المضمّنة' },
  'help.force': { en: 'brief even when the policy breaks semantic rules', ar: 'أعِدّ الإحاطة حتى لو خالفت السياسة القواعد الدلالية' },
  'help.since': { en: 'add a "What changed" section against this older version (a file or REV:path)', ar: 'يضيف قسم "ما الذي تغيّر" مقارنةً بهذا الإصدار الأقدم (ملف أو REV:path)' },
} as const satisfies Record<string, Localized | LocalizedPlural>;

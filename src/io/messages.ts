import type { Localized, LocalizedPlural } from '../i18n/index.js';

/** What reading and writing files, git and reports can go wrong with, in both languages. */
export const IO_MESSAGES = {
  'io.notFound': { en: 'cannot read "{file}": no such file or directory', ar: 'تعذّرت قراءة "{file}": الملف أو المجلد غير موجود' },
  'io.unreadable': { en: 'cannot read "{file}": {reason}', ar: 'تعذّرت قراءة "{file}": {reason}' },
  'io.noMatch': { en: '"{pattern}" matched no .yaml or .yml file', ar: 'لم يطابق "{pattern}" أي ملف ‎.yaml‎ أو ‎.yml‎' },
  'io.noInput': { en: 'name at least one policy file, directory or glob', ar: 'حدّد ملف سياسة أو مجلدًا أو نمطًا واحدًا على الأقل' },
  'io.writeFailed': { en: 'cannot write "{file}": {reason}', ar: 'تعذّرت كتابة "{file}": {reason}' },
  'io.isFolder': { en: 'cannot write "{file}": it is a folder; name a file', ar: 'تعذّرت كتابة "{file}": إنه مجلد؛ اذكر اسم ملف' },
  'io.readOnly': { en: 'cannot write "{file}": the file is read-only; make it writable (chmod u+w) or choose another file', ar: 'تعذّرت كتابة "{file}": الملف للقراءة فقط؛ اجعله قابلًا للكتابة (chmod u+w) أو اختر ملفًا آخر' },
  'io.busy': { en: 'cannot write "{file}": another cs-policy run is editing it; run again when it has finished', ar: 'تعذّرت كتابة "{file}": تشغيل آخر لـ cs-policy يحرّره الآن؛ أعد التشغيل بعد انتهائه' },
  'io.changedWhileEditing': { en: 'the file changed while cs-policy was editing "{file}"; nothing was written: run again', ar: 'تغيّر الملف "{file}" أثناء تحرير cs-policy له؛ لم يُكتب شيء: أعد التشغيل' },
  'io.vanished': { en: '"{file}" disappeared while it was being read', ar: 'اختفى "{file}" أثناء قراءته' },
  'io.outputIsInput': { en: 'the report would overwrite "{file}", one of the policies being checked: choose another --output file', ar: 'سيكتب التقرير فوق "{file}"، وهو من السياسات التي يجري فحصها: اختر ملفًا آخر لـ ‎--output‎' },
  'git.failed': { en: 'cannot read "{spec}" from git: {reason}', ar: 'تعذرت قراءة "{spec}" من git: {reason}' },
  'git.notFound': { en: 'cannot read "{spec}": git was not found; install git, or compare two files', ar: 'تعذرت قراءة "{spec}": لم يُعثر على git؛ ثبّت git أو قارن ملفين' },
  'git.notAFile': { en: 'cannot read "{spec}" from git: it is a folder, not a file', ar: 'تعذرت قراءة "{spec}" من git: إنه مجلد لا ملف' },
  'git.badSpec': { en: '"{spec}" is neither a file nor REV:path (a revision cannot start with "-")', ar: '"{spec}" ليس ملفًا ولا REV:path (لا تبدأ المراجعة بـ "-")' },
  'report.outputIsInput': { en: 'the report would overwrite "{file}", an input of this command: choose another --output file', ar: 'سيكتب التقرير فوق "{file}"، وهو من مدخلات هذا الأمر: اختر ملفًا آخر للخيار ‎--output‎' },
} as const satisfies Record<string, Localized | LocalizedPlural>;

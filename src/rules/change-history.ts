import { defineRule } from './rule.js';

/** Versions as numbers per part, so that 1.10.0 sorts after 1.9.0. */
function compareVersions(a: string | number, b: string | number): number {
  const pa = String(a).split('.').map(Number);
  const pb = String(b).split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

export default defineRule({
  meta: {
    id: 'change-history',
    description: {
      en: "The change history runs newest first, in dates and versions, and its newest change is the policy's version.",
      ar: 'يُرتب سجل التغييرات من الأحدث إلى الأقدم تاريخًا ونسخةً، وأحدث تغيير فيه هو نسخة السياسة.',
    },
    severity: 'error',
    messages: {
      versionNotNewest: {
        en: 'the policy is version {version} but the newest change in its history is {newest}',
        ar: 'نسخة السياسة {version} لكن أحدث تغيير في سجلها هو {newest}',
      },
      dateOutOfOrder: {
        en: 'the change {version} is dated {date}, after the change {newer} listed above it ({newer_date}); list changes newest first',
        ar: 'التغيير {version} مؤرخ في {date}، بعد التغيير {newer} المذكور قبله ({newer_date})؛ رتّب التغييرات من الأحدث',
      },
      versionOutOfOrder: {
        en: 'the change {version} is listed below the older version {newer}; list changes newest first',
        ar: 'التغيير {version} مذكور بعد النسخة الأقدم {newer}؛ رتّب التغييرات من الأحدث',
      },
    },
  },
  check({ policy }, report) {
    const changes = policy.changes ?? [];
    const newest = changes[0];
    if (newest && compareVersions(newest.version, policy.version) !== 0) {
      report('versionNotNewest', ['version'], { version: String(policy.version), newest: String(newest.version) });
    }
    changes.forEach((change, i) => {
      const newer = changes[i - 1];
      if (!newer) return;
      if (change.date > newer.date) {
        report('dateOutOfOrder', ['changes', i, 'date'], { version: String(change.version), date: change.date, newer: String(newer.version), newer_date: newer.date });
      } else if (compareVersions(change.version, newer.version) >= 0) {
        report('versionOutOfOrder', ['changes', i, 'version'], { version: String(change.version), newer: String(newer.version) });
      }
    });
  },
});

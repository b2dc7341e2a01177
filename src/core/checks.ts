import type { Localized } from '../i18n/index.js';
import type { Severity } from './finding.js';

export interface CheckMeta {
  id: string;
  description: Localized;
  severity: Severity;
}

/**
 * Checks that run before the semantic rules: reading the file, parsing YAML, the JSON Schema.
 * They cannot be turned off, since nothing after them can run on a document that fails them.
 */
export const SOURCE_CHECKS: readonly CheckMeta[] = [
  { id: 'file-not-text', severity: 'error', description: { en: 'A policy file is UTF-8 text, not binary data.', ar: 'ملف السياسة نص بترميز UTF-8، لا بيانات ثنائية.' } },
  { id: 'file-too-large', severity: 'error', description: { en: 'A policy file is at most 1 MiB.', ar: 'لا يتجاوز حجم ملف السياسة 1 ميبيبايت.' } },
  { id: 'yaml-syntax', severity: 'error', description: { en: 'The file is well-formed YAML (no tabs for indentation, closed brackets and quotes).', ar: 'الملف YAML سليم الصيغة (لا إزاحة بمحرف الجدولة، والأقواس وعلامات الاقتباس مغلقة).' } },
  { id: 'yaml-duplicate-key', severity: 'error', description: { en: 'No key appears twice in the same mapping.', ar: 'لا يتكرر مفتاح في الجدول نفسه.' } },
  { id: 'yaml-too-deep', severity: 'error', description: { en: 'Nesting stays within 64 levels.', ar: 'لا يتجاوز التداخل 64 مستوى.' } },
  { id: 'yaml-aliases', severity: 'error', description: { en: 'YAML aliases do not expand without bound.', ar: 'لا تتضخم الأسماء المستعارة في YAML بلا حد.' } },
  { id: 'document-shape', severity: 'error', description: { en: 'The file holds one YAML document, a mapping.', ar: 'يحوي الملف مستند YAML واحدًا على هيئة جدول.' } },
  { id: 'schema', severity: 'error', description: { en: 'The policy matches the JSON Schema of format version 1 (keys, types, required sections, durations, dates).', ar: 'تطابق السياسة مخطط JSON لنسخة الصيغة 1 (المفاتيح والأنواع والأقسام المطلوبة والمدد والتواريخ).' } },
];

import { readFile, rm } from 'node:fs/promises';
import { parse, stringify } from 'yaml';
import { writeFileAtomic } from '../io/write.js';
import { isLang, type Lang } from '../i18n/index.js';
import type { Recorded } from './recorder.js';
import type { Draft } from './steps/index.js';

/** Progress of an unfinished init, saved beside the target after every step. */
export interface DraftFile {
  lang: Lang;
  done: string[];
  policy: Draft;
  /** Answers given at a terminal, by step: a resumed run can still change one without redoing its step. */
  answers?: Record<string, Recorded[]>;
}

const isRecorded = (entry: unknown): entry is Recorded => {
  if (entry === null || typeof entry !== 'object') return false;
  const { key, id, message, value, shown } = entry as Record<string, unknown>;
  const scalar = (item: unknown) => typeof item === 'string' || typeof item === 'number';
  return typeof key === 'string' && Array.isArray(id) && id.every(scalar) && typeof message === 'string' && typeof shown === 'string'
    && (typeof value === 'string' || typeof value === 'boolean' || (Array.isArray(value) && value.every((item) => typeof item === 'string')));
};

/** The recorded answers of a draft; a step whose record is not as written is left without one. */
function readAnswers(data: unknown): Record<string, Recorded[]> | undefined {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const answers: Record<string, Recorded[]> = {};
  for (const [step, entries] of Object.entries(data)) if (Array.isArray(entries) && entries.every(isRecorded)) answers[step] = entries;
  return answers;
}

/** policy.yaml's draft is policy.yaml.draft: never matched by validate's *.yaml search. */
export const draftPathFor = (target: string) => `${target}.draft`;

/** `policy` is the policy file as the user named it: the header's command must say which one. */
export async function saveDraft(path: string, draft: DraftFile, shown: string, policy = shown.replace(/\.draft$/, '')): Promise<void> {
  const text = `# cs-policy init progress; resume with: cs-policy init --resume ${/[\s'"$`\\]/.test(policy) ? `'${policy.replaceAll("'", "'\\''")}'` : policy}\n${stringify({ 'cs-policy-draft': 1, ...draft })}`;
  await writeFileAtomic(path, text, shown);
}

export async function loadDraft(path: string): Promise<DraftFile | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const data = parse(text, { maxAliasCount: 100 }) as Partial<DraftFile> & { 'cs-policy-draft'?: number } | null;
  if (!data || data['cs-policy-draft'] !== 1 || !isLang(data.lang) || !Array.isArray(data.done) || typeof data.policy !== 'object') {
    throw new Error('not a cs-policy init draft');
  }
  // Step names are text; anything else in a hand-edited draft is not a step that was done.
  const answers = readAnswers(data.answers);
  return { lang: data.lang, done: data.done.filter((step): step is string => typeof step === 'string'), policy: data.policy ?? {}, ...(answers ? { answers } : {}) };
}

export async function removeDraft(path: string): Promise<void> {
  await rm(path, { force: true });
}

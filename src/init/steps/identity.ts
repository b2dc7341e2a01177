import type { Calendar, Channel, Priority, Role, Segment } from '../../core/policy.js';
import { textIn } from '../../core/policy.js';
import { CHANNEL_KIND_TERMS, ROLE_KIND_TERMS } from '../../i18n/terms.js';
import { askCalendar } from './calendar.js';
import { idFrom } from '../answer-checks.js';
import { INIT_MESSAGES } from '../messages.js';
import { keptText, languagesWith } from './keep.js';
import { askList, ids, type Step, type StepContext } from './step.js';
import { say, termChoices, termFor } from '../../i18n/index.js';

const ROLE_SUGGESTIONS = [
  { id: 'agent', kind: 'front-line', name: { en: 'Customer service agent', ar: 'موظف خدمة العملاء' } },
  { id: 'back-office', kind: 'back-line', name: { en: 'Back-office specialist', ar: 'أخصائي المكتب الخلفي' } },
  { id: 'team-leader', kind: 'supervisor', name: { en: 'Team leader', ar: 'قائد الفريق' } },
  { id: 'manager', kind: 'management', name: { en: 'Customer service manager', ar: 'مدير خدمة العملاء' } },
] as const;

const PRIORITY_SUGGESTIONS = [
  { id: 'urgent', name: { en: 'Urgent', ar: 'عاجلة' } },
  { id: 'high', name: { en: 'High', ar: 'عالية' } },
  { id: 'normal', name: { en: 'Normal', ar: 'عادية' } },
  { id: 'low', name: { en: 'Low', ar: 'منخفضة' } },
] as const;
const SEGMENT_SUGGESTIONS = [
  { id: 'key-accounts', basis: 'importance', name: { en: 'Key accounts', ar: 'كبار العملاء' } },
  { id: 'loyal', basis: 'loyalty', name: { en: 'Loyal customers', ar: 'العملاء الأوفياء' } },
  { id: 'vulnerable', basis: 'need', name: { en: 'Customers who need extra help', ar: 'العملاء الذين يحتاجون إلى مساعدة إضافية' } },
  { id: 'business', basis: 'value', name: { en: 'Business customers', ar: 'عملاء الأعمال' } },
] as const;

/**
 * A defined list (priorities, segments) picked from suggestions; entries the user wrote by hand
 * stay, and every entry the policy had keeps its place and its fields.
 */
async function askDefinedList<T extends { id: string }>(
  context: StepContext, key: 'priorities' | 'segments', suggestions: readonly (T & { name: { en: string; ar: string } })[], previous: readonly T[] | undefined,
): Promise<T[]> {
  const { ask, lang } = context;
  const suggested = suggestions.map((item) => item.id);
  const chosen = await ask.multi({
    id: [key], message: say(lang, INIT_MESSAGES[key]), optional: true,
    choices: suggestions.map((item) => ({ value: item.id, name: item.name[lang] })),
    default: (previous ?? []).map((item) => item.id).filter((id) => suggested.includes(id)),
  });
  const kept = (previous ?? []).filter((item) => !suggested.includes(item.id) || chosen.includes(item.id));
  // A suggestion picked anew goes before the first kept suggestion that comes after it (most urgent first).
  for (const item of suggestions) {
    if (!chosen.includes(item.id) || kept.some((old) => old.id === item.id)) continue;
    const later = kept.findIndex((old) => suggested.indexOf(old.id) > suggested.indexOf(item.id));
    const entry = { ...item, name: item.name[lang] } as T;
    if (later === -1) kept.push(entry);
    else kept.splice(later, 0, entry);
  }
  return kept;
}

/**
 * The roles: suggestions to pick, then roles of the user's own. A role the policy has keeps its
 * place, its name and every field the step does not ask about.
 */
async function askRoles(context: StepContext, previousRoles: readonly Role[]): Promise<Role[]> {
  const { ask, lang, check } = context;
  const suggested: readonly string[] = ROLE_SUGGESTIONS.map((role) => role.id);
  const ownRoles = previousRoles.filter((role) => !suggested.includes(role.id));
  const chosen = await ask.multi({
    id: ['roles'],
    message: say(lang, INIT_MESSAGES.roles),
    choices: ROLE_SUGGESTIONS.map((role) => ({ value: role.id, name: `${role.name[lang]} (${say(lang, ROLE_KIND_TERMS[role.kind])})` })),
    default: previousRoles.length > 0 ? previousRoles.map((role) => role.id).filter((role) => suggested.includes(role)) as (typeof ROLE_SUGGESTIONS)[number]['id'][] : ['agent', 'team-leader', 'manager'],
    // A policy of the user's own roles only needs no suggestion.
    ...(ownRoles.length > 0 ? {} : { validate: check.pickOne }),
  });
  const picked: Role[] = ROLE_SUGGESTIONS.filter((role) => chosen.includes(role.id))
    .map((role) => previousRoles.find((old) => old.id === role.id) ?? { id: role.id, name: role.name[lang], kind: role.kind });
  const custom: Role[] = [];
  await askList(context, ['custom_roles'], { min: 0, seedCount: ownRoles.length, more: say(lang, INIT_MESSAGES.moreRole) }, async (i) => {
    const seed = ownRoles[i];
    const taken = ids([...picked, ...custom]);
    const name = await ask.text({ id: ['custom_roles', i, 'name'], message: say(lang, INIT_MESSAGES.roleName), ...(seed ? { default: textIn(seed.name, lang) || seed.id } : {}), validate: check.required });
    const roleId = await ask.derived({ id: ['custom_roles', i, 'id'], message: say(lang, INIT_MESSAGES.roleId), default: seed?.id ?? idFrom(name, `role-${taken.size + i + 1}`, taken), validate: check.id(taken) });
    const kind = await ask.select({
      id: ['custom_roles', i, 'kind'], message: say(lang, INIT_MESSAGES.roleKind),
      choices: termChoices(lang, ROLE_KIND_TERMS),
      default: seed?.kind ?? 'front-line',
    });
    const role: Role = seed ? { ...seed, id: roleId, name: keptText(seed.name, name, lang), kind } : { id: roleId, name, kind };
    custom.push(role);
    return role;
  });
  // The policy's order first: its suggested roles where they were, its own roles by their answers.
  const roles: Role[] = [];
  for (const role of previousRoles) {
    if (suggested.includes(role.id)) {
      const kept = picked.find((item) => item.id === role.id);
      if (kept) roles.push(kept);
    } else {
      const answered = custom[ownRoles.indexOf(role)];
      if (answered) roles.push(answered);
    }
  }
  return [...roles, ...picked.filter((role) => !roles.includes(role)), ...custom.slice(ownRoles.length)];
}

const CHANNEL_KINDS = ['phone', 'email', 'chat', 'social', 'in-person', 'web'] as const;
/** Channels staffed by people in office hours; the rest take messages around the clock. */
const STAFFED = new Set(['phone', 'chat', 'in-person']);

/**
 * The channels. A new policy picks kinds; a policy that has channels picks from its own, by id (two
 * phone lines are two channels), plus the kinds it has no channel of yet. A channel kept keeps its
 * name, contact and calendar; `office` stands for the first calendar until that is known.
 */
async function askChannels(context: StepContext, previousChannels: readonly Channel[]): Promise<{ channels: Channel[]; onFirstCalendar: Channel[] }> {
  const { ask, lang, check } = context;
  const kindName = (kind: string) => termFor(lang, CHANNEL_KIND_TERMS, kind);
  const channelName = (channel: Channel) => (channel.name !== undefined ? `${textIn(channel.name, lang)} (${kindName(channel.kind)})` : `${kindName(channel.kind)} (${channel.id})`);
  const previousIds = previousChannels.map((channel) => channel.id);
  const picked = await ask.multi({
    id: ['channels'],
    message: say(lang, INIT_MESSAGES.channels),
    choices: [
      ...previousChannels.map((channel) => ({ value: channel.id, name: channelName(channel) })),
      ...CHANNEL_KINDS.filter((kind) => !previousIds.includes(kind)).map((kind) => ({ value: kind as string, name: kindName(kind) })),
    ],
    default: previousChannels.length > 0 ? previousIds : ['phone', 'email', 'chat'],
    validate: check.pickOne,
  });
  const channels: Channel[] = [];
  const onFirstCalendar: Channel[] = [];
  for (const value of [...previousIds.filter((id) => picked.includes(id)), ...picked.filter((id) => !previousIds.includes(id))]) {
    const seed = previousChannels.find((channel) => channel.id === value);
    const officeHours = await ask.confirm({
      id: ['channel_hours', value], message: say(lang, INIT_MESSAGES.channelHours, { channel: seed ? channelName(seed) : kindName(value) }),
      default: seed ? seed.calendar !== undefined : STAFFED.has(value),
    });
    const channel: Channel = seed ? { ...seed } : { id: value, kind: value };
    if (!officeHours) delete channel.calendar;
    else if (channel.calendar === undefined) onFirstCalendar.push(channel);
    channels.push(channel);
  }
  return { channels, onFirstCalendar };
}

export const identityStep: Step = {
  name: 'identity',
  title: 'identity.title',
  intro: 'identity.intro',
  keys: ['id', 'title', 'organisation', 'languages', 'owner', 'roles', 'priorities', 'segments', 'calendars', 'channels'],
  async run(context) {
    const { ask, lang, draft, previous, check } = context;
    const organisation = await ask.text({ id: ['organisation'], message: say(lang, INIT_MESSAGES.organisation), ...(previous.organisation !== undefined ? { default: textIn(previous.organisation, lang) } : {}), validate: check.required });
    const title = await ask.text({ id: ['title'], message: say(lang, INIT_MESSAGES.policyTitle), default: previous.title !== undefined ? textIn(previous.title, lang) : say(lang, INIT_MESSAGES.policyTitleDefault), validate: check.required });
    const id = await ask.derived({
      id: ['id'], message: say(lang, INIT_MESSAGES.policyId),
      default: previous.id ?? idFrom(`${organisation} ${title}`, 'customer-service-policy', new Set()),
      validate: check.id([]),
    });
    const owner = await ask.text({ id: ['owner'], message: say(lang, INIT_MESSAGES.owner), default: previous.owner?.name !== undefined ? textIn(previous.owner.name, lang) : say(lang, INIT_MESSAGES.ownerDefault), validate: check.required });

    const roles = await askRoles(context, previous.roles ?? []);
    const priorities = await askDefinedList<Priority>(context, 'priorities', PRIORITY_SUGGESTIONS, previous.priorities);
    const segments = await askDefinedList<Segment>(context, 'segments', SEGMENT_SUGGESTIONS, previous.segments);
    const { channels, onFirstCalendar } = await askChannels(context, previous.channels ?? []);

    // The first calendar is the one the wizard asks about; the policy's others stay as they are.
    let calendars: Calendar[] | undefined;
    if (onFirstCalendar.length > 0 || channels.some((channel) => channel.calendar) || (previous.calendars?.length ?? 0) > 0) {
      const calendar = await askCalendar(context, previous.calendars?.[0]);
      for (const channel of onFirstCalendar) channel.calendar = calendar.id;
      calendars = [calendar, ...(previous.calendars?.slice(1) ?? [])];
    }

    Object.assign(draft, {
      id,
      title: keptText(previous.title, title, lang),
      organisation: keptText(previous.organisation, organisation, lang),
      languages: languagesWith(previous.languages, lang),
      owner: { ...previous.owner, name: keptText(previous.owner?.name, owner, lang) },
      roles,
      channels,
    });
    if (priorities.length > 0) draft.priorities = priorities;
    else delete draft.priorities;
    if (segments.length > 0) draft.segments = segments;
    else delete draft.segments;
    if (calendars) draft.calendars = calendars;
    else delete draft.calendars;
  },
};

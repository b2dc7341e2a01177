import type { Calendar, Channel, Priority, Role, Segment } from '../../core/policy.js';
import { CHANNEL_KIND_LABELS, ROLE_KIND_LABELS } from '../../i18n/terms.js';
import { askCalendar } from './calendar.js';
import { idFrom } from '../checks.js';
import { say } from '../messages.js';
import { askList, ids, type Step, type StepContext } from './step.js';

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

/** A defined list (priorities, segments) picked from suggestions; entries the user wrote by hand stay. */
async function askDefinedList<T extends { id: string }>(
  context: StepContext, key: 'priorities' | 'segments', suggestions: readonly (T & { name: { en: string; ar: string } })[], previous: readonly T[] | undefined,
): Promise<T[]> {
  const { ask, lang } = context;
  const suggested = suggestions.map((item) => item.id);
  const chosen = await ask.multi({
    id: [key], message: say(lang, key), optional: true,
    choices: suggestions.map((item) => ({ value: item.id, name: item.name[lang] })),
    default: (previous ?? []).map((item) => item.id).filter((id) => suggested.includes(id)),
  });
  const own = (previous ?? []).filter((item) => !suggested.includes(item.id));
  // Suggestions keep their order (most urgent first); the user's own follow, as written.
  return [
    ...suggestions.filter((item) => chosen.includes(item.id)).map((item) => (previous?.find((old) => old.id === item.id) ?? { ...item, name: item.name[lang] }) as T),
    ...own,
  ];
}

const CHANNEL_KINDS = ['phone', 'email', 'chat', 'social', 'in-person', 'web'] as const;
/** Channels staffed by people in office hours; the rest take messages around the clock. */
const STAFFED = new Set(['phone', 'chat', 'in-person']);


export const identityStep: Step = {
  name: 'identity',
  title: 'identity.title',
  intro: 'identity.intro',
  keys: ['id', 'title', 'organisation', 'languages', 'owner', 'roles', 'priorities', 'segments', 'calendars', 'channels'],
  async run(context) {
    const { ask, lang, draft, previous, check } = context;
    const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
    const organisation = await ask.text({ id: ['organisation'], message: say(lang, 'organisation'), ...(text(previous.organisation) ? { default: text(previous.organisation)! } : {}), validate: check.required });
    const title = await ask.text({ id: ['title'], message: say(lang, 'policyTitle'), default: text(previous.title) ?? say(lang, 'policyTitleDefault'), validate: check.required });
    const id = await ask.text({
      id: ['id'], message: say(lang, 'policyId'),
      default: previous.id ?? idFrom(`${organisation} ${title}`, 'customer-service-policy', new Set()),
      validate: check.id([]),
    });
    const owner = await ask.text({ id: ['owner'], message: say(lang, 'owner'), default: text(previous.owner?.name) ?? say(lang, 'ownerDefault'), validate: check.required });

    const suggested = ROLE_SUGGESTIONS.map((role) => role.id as string);
    const previousRoles = previous.roles ?? [];
    const chosen = await ask.multi({
      id: ['roles'],
      message: say(lang, 'roles'),
      choices: ROLE_SUGGESTIONS.map((role) => ({ value: role.id, name: `${role.name[lang]} (${ROLE_KIND_LABELS[lang][role.kind]})` })),
      default: previousRoles.length > 0 ? previousRoles.map((role) => role.id).filter((role) => suggested.includes(role)) as (typeof ROLE_SUGGESTIONS)[number]['id'][] : ['agent', 'team-leader', 'manager'],
      validate: check.pickOne,
    });
    const roles: Role[] = ROLE_SUGGESTIONS.filter((role) => chosen.includes(role.id)).map((role) => ({ id: role.id, name: role.name[lang], kind: role.kind }));
    const ownRoles = previousRoles.filter((role) => !suggested.includes(role.id));
    await askList(context, ['custom_roles'], { min: 0, seedCount: ownRoles.length, more: say(lang, 'moreRole') }, async (i) => {
      const seed = ownRoles[i];
      const name = await ask.text({ id: ['custom_roles', i, 'name'], message: say(lang, 'roleName'), ...(seed ? { default: text(seed.name) ?? seed.id } : {}), validate: check.required });
      const roleId = await ask.text({ id: ['custom_roles', i, 'id'], message: say(lang, 'roleId'), default: seed?.id ?? idFrom(name, `role-${roles.length + i + 1}`, ids(roles)), validate: check.id(ids(roles)) });
      const kind = await ask.select({
        id: ['custom_roles', i, 'kind'], message: say(lang, 'roleKind'),
        choices: Object.entries(ROLE_KIND_LABELS[lang]).map(([value, label]) => ({ value: value as Role['kind'], name: label })),
        default: seed?.kind ?? 'front-line',
      });
      const role: Role = { id: roleId, name, kind };
      roles.push(role);
      return role;
    });

    const priorities = await askDefinedList<Priority>(context, 'priorities', PRIORITY_SUGGESTIONS, previous.priorities);
    const segments = await askDefinedList<Segment>(context, 'segments', SEGMENT_SUGGESTIONS, previous.segments);

    const previousChannels = previous.channels ?? [];
    const kinds = await ask.multi({
      id: ['channels'],
      message: say(lang, 'channels'),
      choices: CHANNEL_KINDS.map((kind) => ({ value: kind, name: CHANNEL_KIND_LABELS[lang][kind]! })),
      default: previousChannels.length > 0 ? previousChannels.map((channel) => channel.kind).filter((kind): kind is (typeof CHANNEL_KINDS)[number] => (CHANNEL_KINDS as readonly string[]).includes(kind)) : ['phone', 'email', 'chat'],
      validate: check.pickOne,
    });
    const channels: Channel[] = [];
    for (const kind of kinds) {
      const seed = previousChannels.find((channel) => channel.kind === kind);
      const name = CHANNEL_KIND_LABELS[lang][kind]!;
      const officeHours = await ask.confirm({ id: ['channel_hours', kind], message: say(lang, 'channelHours', { channel: name }), default: seed ? seed.calendar !== undefined : STAFFED.has(kind) });
      channels.push({ id: seed?.id ?? kind, kind, ...(seed?.name ? { name: seed.name } : {}), ...(officeHours ? { calendar: 'office' } : {}) });
    }

    let calendars: Calendar[] | undefined;
    if (channels.some((channel) => channel.calendar)) {
      const calendar = await askCalendar(context, previous.calendars?.[0]);
      for (const channel of channels) if (channel.calendar) channel.calendar = calendar.id;
      calendars = [calendar, ...(previous.calendars?.slice(1) ?? [])];
    }

    Object.assign(draft, { id, title, organisation, languages: [lang], owner: { name: owner }, roles, channels });
    if (priorities.length > 0) draft.priorities = priorities;
    else delete draft.priorities;
    if (segments.length > 0) draft.segments = segments;
    else delete draft.segments;
    if (calendars) draft.calendars = calendars;
    else delete draft.calendars;
  },
};

import type { Calendar, Channel, Role } from '../../core/policy.js';
import { CHANNEL_KIND_LABELS, DAY_LABELS, ROLE_KIND_LABELS } from '../../i18n/terms.js';
import { idFrom } from '../checks.js';
import { say } from '../messages.js';
import { askList, ids, type Step } from './step.js';

const ROLE_SUGGESTIONS = [
  { id: 'agent', kind: 'front-line', name: { en: 'Customer service agent', ar: 'موظف خدمة العملاء' } },
  { id: 'back-office', kind: 'back-line', name: { en: 'Back-office specialist', ar: 'أخصائي المكتب الخلفي' } },
  { id: 'team-leader', kind: 'supervisor', name: { en: 'Team leader', ar: 'قائد الفريق' } },
  { id: 'manager', kind: 'management', name: { en: 'Customer service manager', ar: 'مدير خدمة العملاء' } },
] as const;

const CHANNEL_KINDS = ['phone', 'email', 'chat', 'social', 'in-person', 'web'] as const;
/** Channels staffed by people in office hours; the rest take messages around the clock. */
const STAFFED = new Set(['phone', 'chat', 'in-person']);
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

function defaultTimeZone(lang: 'en' | 'ar'): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && zone !== 'UTC' && zone.includes('/') ? zone : lang === 'ar' ? 'Asia/Riyadh' : 'Europe/London';
}

export const identityStep: Step = {
  name: 'identity',
  title: 'identity.title',
  intro: 'identity.intro',
  keys: ['id', 'title', 'organisation', 'languages', 'owner', 'roles', 'calendars', 'channels'],
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
      const seed = previous.calendars?.[0];
      const days = await ask.multi({
        id: ['calendar', 'days'], message: say(lang, 'workingDays'),
        choices: DAYS.map((day) => ({ value: day, name: DAY_LABELS[lang][day]! })),
        default: (seed?.days as (typeof DAYS)[number][] | undefined) ?? (lang === 'ar' ? ['sun', 'mon', 'tue', 'wed', 'thu'] : ['mon', 'tue', 'wed', 'thu', 'fri']),
        validate: check.pickOne,
      });
      const hours = await ask.text({ id: ['calendar', 'hours'], message: say(lang, 'workingHours'), default: (typeof seed?.hours === 'string' ? seed.hours : undefined) ?? (lang === 'ar' ? '08:00-16:00' : '09:00-17:00'), validate: check.hours });
      const timezone = await ask.text({ id: ['calendar', 'timezone'], message: say(lang, 'timezone'), default: seed?.timezone ?? defaultTimeZone(lang), validate: check.timezone });
      const id = seed?.id ?? 'office';
      for (const channel of channels) if (channel.calendar) channel.calendar = id;
      calendars = [{ id, name: lang === 'ar' ? 'ساعات العمل' : 'Working hours', timezone, days, hours, ...(seed?.holidays ? { holidays: seed.holidays } : {}) }];
    }

    Object.assign(draft, { id, title, organisation, languages: [lang], owner: { name: owner }, roles, channels });
    if (calendars) draft.calendars = calendars;
    else delete draft.calendars;
  },
};

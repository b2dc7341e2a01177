// Writes the example exports in examples/exports/ that `cs-policy audit` reads out of the box: a
// cs-policy CSV for every policy in policies/, a Zendesk API page (tickets with side-loaded metric
// sets) for the council policy and a Freshdesk ticket export for the bank policy, each with its
// mapping file. The records are made up, from a seeded generator, so every run writes the same
// bytes: most meet their standard, some miss it, and a few are still open at the end of June 2026.
// Usage: node scripts/generate-exports.mjs [--out <dir>]
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outArg = process.argv.indexOf('--out');
const out = outArg > 0 ? process.argv[outArg + 1] : join(root, 'examples', 'exports');
mkdirSync(out, { recursive: true });

/** mulberry32: small, seeded, and the same on every machine. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const START = Date.UTC(2026, 3, 1);
const END = Date.UTC(2026, 5, 30, 12);
const UNIT = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };
const METRIC_COLUMNS = {
  answer: 'answer_at', acknowledgement: 'acknowledgement_at', 'first-response': 'first_response_at',
  'next-response': 'next_response_at', update: 'update_at', resolution: 'resolution_at',
};
/** Wall seconds a target roughly spans; a working day is taken as a calendar day, which is what makes some miss. */
const wallSeconds = (text) => {
  const match = /^(\d+)(s|m|h|d|w)$/.exec(text);
  return match ? Number(match[1]) * UNIT[match[2]] : 86400;
};
const iso = (ms) => new Date(Math.round(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
const csvCell = (text) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/**
 * Cases for a policy: each takes one action and a channel it serves, a priority when some of the
 * action's standards name one, and a time for each metric its standards measure.
 */
function cases(policy, count, seed) {
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const actions = policy.actions.filter((action) => policy.standards.some((s) => s.action === action.id && s.target));
  const rows = [];
  for (let i = 0; i < count; i++) {
    const action = pick(actions);
    const standards = policy.standards.filter((s) => s.action === action.id && s.target);
    const channels = [...new Set(standards.flatMap((s) => (s.channel ? [s.channel] : action.channels ?? policy.channels.map((c) => c.id))))];
    const channel = pick(channels);
    const priorities = [...new Set(standards.map((s) => s.priority).filter(Boolean))];
    const priority = priorities.length > 0 ? pick(priorities) : (policy.priorities?.at(-1)?.id ?? '');
    // Asked of the generator only when a standard names a segment, so the other examples keep their bytes.
    const segments = [...new Set(standards.map((s) => s.segment).filter(Boolean))];
    const segment = segments.length > 0 ? pick(segments) : '';
    const created = START + next() * (END - START);
    const events = {};
    for (const s of standards.filter((s) => (!s.channel || s.channel === channel) && (!s.priority || s.priority === priority) && (!s.segment || s.segment === segment))) {
      const target = wallSeconds(s.target);
      const share = Number(String(s.attainment ?? '90%').replace('%', '')) / 100;
      const roll = next();
      // A little under the stated share meet the target, so that some standards fall short.
      const factor = roll < share - 0.04 ? 0.05 + next() * 0.85 : 1.1 + next() * 2;
      const at = created + factor * target * 1000;
      events[s.metric] = at > END ? null : at;
    }
    rows.push({ id: String(1000 + i), channel, priority, segment, action: action.id, created, events });
  }
  return rows.sort((a, b) => a.created - b.created);
}

function writeCsv(policy, rows) {
  const metrics = Object.keys(METRIC_COLUMNS).filter((metric) => policy.standards.some((s) => s.metric === metric));
  const usesPriority = policy.standards.some((s) => s.priority);
  const usesSegment = policy.standards.some((s) => s.segment);
  const header = ['id', 'channel', 'created_at', ...(usesPriority ? ['priority'] : []), ...(usesSegment ? ['segment'] : []), 'action', ...metrics.map((m) => METRIC_COLUMNS[m])];
  const lines = [header.join(',')];
  for (const row of rows) {
    const events = metrics.map((m) => (row.events[m] === undefined || row.events[m] === null ? '' : iso(row.events[m])));
    lines.push([row.id, row.channel, iso(row.created), ...(usesPriority ? [row.priority] : []), ...(usesSegment ? [row.segment] : []), row.action, ...events].map(csvCell).join(','));
  }
  writeFileSync(join(out, `${policy.id}.csv`), `${lines.join('\n')}\n`);
}

const policies = readdirSync(join(root, 'policies')).filter((name) => name.endsWith('.yaml')).sort()
  .map((name) => parse(readFileSync(join(root, 'policies', name), 'utf8')));
policies.forEach((policy, i) => writeCsv(policy, cases(policy, 400, 20260701 + i)));

/**
 * Business minutes as a helpdesk counts them, whole minutes, on weekly hours in a time zone (no
 * holidays fall in the examples' months), walked day by day: a stand-in for Zendesk's own figure.
 * Offsets are taken at each local noon, since clocks change at night, never in opening hours.
 */
function helpdeskBusinessMinutes(startMs, endMs, week, timeZone) {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', weekday: 'short' });
  const fields = (ms) => Object.fromEntries(parts.formatToParts(ms).map((part) => [part.type, part.value]));
  let total = 0;
  for (let day = Math.floor(startMs / 86_400_000) * 86_400_000 - 86_400_000; day <= endMs + 86_400_000; day += 86_400_000) {
    const noon = day + 12 * 3_600_000;
    const local = fields(noon);
    const hours = week[local.weekday.toLowerCase().slice(0, 3)];
    if (!hours) continue;
    const offset = Date.UTC(Number(local.year), Number(local.month) - 1, Number(local.day), Number(local.hour), Number(local.minute)) - noon;
    const [open, close] = hours.split('-').map((time) => Date.UTC(Number(local.year), Number(local.month) - 1, Number(local.day), ...time.split(':').map(Number)) - offset);
    total += Math.max(0, Math.min(endMs, close) - Math.max(startMs, open));
  }
  return Math.floor(total / 60_000);
}

// Zendesk: the council's e-mail, chat and phone tickets, as one page of the tickets API with metric sets.
const council = policies.find((p) => p.id === 'council-customer-service');
if (council) {
  const via = { email: 'email', chat: 'chat', phone: 'voice', centres: 'walk_in' };
  const type = { 'answer-calls': 'question', 'answer-email-chat': 'question', 'handle-complaints': 'problem' };
  const group = { 'answer-calls': 360003, 'answer-email-chat': 360002, 'handle-complaints': 360001 };
  const rows = cases(council, 120, 424242).filter((row) => row.action !== 'serve-visitors');
  const tickets = rows.map((row) => ({
    id: Number(row.id), created_at: iso(row.created), type: type[row.action], priority: 'normal', status: row.events.resolution ? 'solved' : 'open',
    group_id: group[row.action], via: { channel: via[row.channel] },
  }));
  // The council's Zendesk schedule was set up with the office hours, but closing at 17:00 on
  // Fridays too: the audit's comparison of business minutes shows where that makes Zendesk differ.
  const calendar = council.calendars.find((c) => c.id === 'office-hours');
  const zendeskWeek = { ...calendar.week, fri: '09:00-17:00' };
  const metricSets = rows.map((row) => {
    const reply = row.events['first-response'] ?? row.events.acknowledgement ?? row.events.answer ?? null;
    const solved = row.events.resolution ?? null;
    const minutes = (at) => (at === null || at === undefined ? null : Math.round((at - row.created) / 60000));
    // Zendesk reads the first reply at a whole minute after creation; its business minutes count to there.
    const business = (at) => (at === null || at === undefined ? null : helpdeskBusinessMinutes(row.created, row.created + minutes(at) * 60000, zendeskWeek, calendar.timezone));
    return {
      ticket_id: Number(row.id), created_at: iso(row.created), solved_at: solved === null ? null : iso(solved),
      reply_time_in_minutes: { calendar: minutes(reply), business: business(reply) },
      full_resolution_time_in_minutes: { calendar: minutes(solved), business: solved === null ? null : helpdeskBusinessMinutes(row.created, Math.round(solved / 1000) * 1000, zendeskWeek, calendar.timezone) },
    };
  });
  writeFileSync(join(out, `${council.id}.zendesk.json`), `${JSON.stringify({ tickets, metric_sets: metricSets, count: tickets.length, next_page: null }, null, 2)}\n`);
  writeFileSync(join(out, `${council.id}.zendesk-map.yaml`), [
    '# How the council\'s Zendesk values become the policy\'s ids, for cs-policy audit --map.',
    'channel:',
    '  values: { email: email, chat: chat, voice: phone, walk_in: centres }',
    'action:',
    '  from: group               # Zendesk group ids: complaints, written enquiries, the phone team',
    '  values: { "360001": handle-complaints, "360002": answer-email-chat, "360003": answer-calls }',
    '# Zendesk keeps no acknowledgement or answer apart from its first reply; the council reads them from it.',
    'metrics: { acknowledgement: first-response, answer: first-response }',
    '',
  ].join('\n'));
}

// Freshdesk: the bank's complaints, as its ticket export, with times in the account's zone (London).
const bank = policies.find((p) => p.id === 'bank-complaints');
if (bank) {
  const london = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
  const wall = (ms) => {
    if (ms === null || ms === undefined) return '';
    const p = Object.fromEntries(london.formatToParts(Math.round(ms / 1000) * 1000).map((part) => [part.type, part.value]));
    return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`;
  };
  const source = { phone: 'Phone', 'secure-message': 'Portal', whatsapp: 'WhatsApp', letter: 'Mail' };
  const rows = cases(bank, 150, 777);
  const lines = ['Ticket ID,Subject,Status,Priority,Source,Type,Group,Created time,Due by Time,Resolved time,Closed time,Last update time,Initial response time,First response time (in hrs)'];
  for (const row of rows) {
    const first = row.events.acknowledgement ?? null;
    const resolved = row.events.resolution ?? null;
    const kind = row.action === 'resolve-payment-complaint' ? 'Payment' : row.action === 'log-complaint' ? 'New complaint' : 'Other complaint';
    lines.push([
      row.id, `Complaint ${row.id}`, resolved ? 'Resolved' : 'Open', row.priority === 'payment-services' ? 'High' : 'Medium', source[row.channel] ?? 'Email', kind,
      'Complaints', wall(row.created), '', wall(resolved), '', wall(resolved ?? first ?? row.created), wall(first), first ? ((first - row.created) / 3600000).toFixed(2) : '',
    ].map(csvCell).join(','));
  }
  writeFileSync(join(out, `${bank.id}.freshdesk.csv`), `${lines.join('\n')}\n`);
  writeFileSync(join(out, `${bank.id}.freshdesk-map.yaml`), [
    '# How the bank\'s Freshdesk values become the policy\'s ids, for cs-policy audit --map.',
    'timezone: Europe/London   # Freshdesk exports times in the account\'s zone, without saying which',
    'channel:',
    '  from: channel            # Freshdesk\'s "Source" column',
    '  values: { Phone: phone, Portal: secure-message, WhatsApp: whatsapp, Mail: letter }',
    'priority:',
    '  from: type',
    '  values: { Payment: payment-services, New complaint: standard, Other complaint: standard }',
    'action:',
    '  from: type',
    '  values:',
    '    Payment: resolve-payment-complaint',
    '    New complaint: log-complaint',
    '    Other complaint: resolve-other-complaint',
    '',
  ].join('\n'));
}

import { allTexts, type Policy } from '../core/policy.js';
import type { Acknowledgement, StaffMember } from './tables.js';

/**
 * `acknowledged` on time; `acknowledged-late` after the deadline; `pending` not yet, with time left;
 * `late` not yet, and the deadline has passed.
 */
export type AckStatus = 'acknowledged' | 'acknowledged-late' | 'pending' | 'late';

export interface PersonStatus {
  name: string;
  email?: string;
  id?: string;
  status: AckStatus;
  /** The day the current version was acknowledged. */
  date?: string;
  /** The newest other version this person acknowledged, when not the current one. */
  previous?: string;
}

export interface RoleReport { role: string; people: PersonStatus[] }

export interface AcknowledgementReport {
  policy: string;
  version: string;
  by?: string;
  today: string;
  roles: RoleReport[];
  /** Staff rows whose role is not one the rollout briefs: they need not acknowledge. */
  notConcerned: number;
  /** Staff rows whose role names no role of the policy, by line. */
  unknownRoles: { line: number; role: string }[];
}

/** "2.1" and "v2.1.0" are the same version. */
export function sameVersion(a: string, b: string): boolean {
  const norm = (v: string) => {
    const parts = v.trim().replace(/^v/i, '').split('.');
    while (parts.length < 3) parts.push('0');
    return parts.map((part) => String(Number(part))).join('.');
  };
  return norm(a) === norm(b);
}

const fold = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

/** A person is matched by staff id, else e-mail, else name; whichever both rows give. */
function matches(person: StaffMember, ack: Acknowledgement): boolean {
  if (person.id && ack.id) return fold(person.id) === fold(ack.id);
  if (person.email && ack.email) return fold(person.email) === fold(ack.email);
  return ack.name !== undefined && fold(person.name) === fold(ack.name);
}

/** Role ids of the policy by what staff lists call them: the id, or the name in any language. */
function roleLookup(policy: Policy): Map<string, string> {
  const lookup = new Map<string, string>();
  for (const role of policy.roles) for (const key of [role.id, ...allTexts(role.name)]) if (!lookup.has(fold(key))) lookup.set(fold(key), role.id);
  return lookup;
}

/** Who has acknowledged the version in force, per role the rollout briefs. Pure. */
export function acknowledgementReport(policy: Policy, staff: readonly StaffMember[], acks: readonly Acknowledgement[], today: string): AcknowledgementReport {
  const version = String(policy.version);
  const by = policy.rollout.acknowledgement?.by;
  const roles = roleLookup(policy);
  const audiences = policy.rollout.audiences;
  const byRole = new Map<string, PersonStatus[]>(audiences.map((role) => [role, []]));
  const unknownRoles: AcknowledgementReport['unknownRoles'] = [];
  let notConcerned = 0;
  for (const person of staff) {
    const role = roles.get(fold(person.role));
    if (!role) {
      unknownRoles.push({ line: person.line, role: person.role });
      continue;
    }
    const list = byRole.get(role);
    if (!list) {
      notConcerned++;
      continue;
    }
    const own = acks.filter((ack) => matches(person, ack));
    const current = own.filter((ack) => sameVersion(ack.version, version)).sort((a, b) => a.date.localeCompare(b.date))[0];
    const previous = own.filter((ack) => !sameVersion(ack.version, version)).sort((a, b) => b.date.localeCompare(a.date))[0];
    const status: AckStatus = current
      ? (by && current.date > by ? 'acknowledged-late' : 'acknowledged')
      : (by && today > by ? 'late' : 'pending');
    list.push({
      name: person.name, ...(person.email ? { email: person.email } : {}), ...(person.id ? { id: person.id } : {}),
      status, ...(current ? { date: current.date } : {}), ...(!current && previous ? { previous: previous.version } : {}),
    });
  }
  return { policy: policy.id, version, ...(by ? { by } : {}), today, roles: audiences.map((role) => ({ role, people: byRole.get(role)! })), notConcerned, unknownRoles };
}

import type { DocPath } from './finding.js';
import type { LocalText, Policy } from './policy.js';

/**
 * Every place a policy holds a text (a string, or one string per language), as paths with `[]`
 * for each item of a list. test/rules/text-fields.test.ts holds this list to the schema's.
 */
export const TEXT_FIELDS: readonly string[] = [
  'title', 'organisation', 'summary', 'owner.name',
  'changes[].author', 'changes[].summary',
  'roles[].name', 'roles[].description', 'priorities[].name', 'priorities[].description',
  'segments[].name', 'segments[].description',
  'calendars[].name', 'calendars[].holidays[].name', 'calendars[].seasons[].name', 'channels[].name',
  'goals[].title', 'goals[].description', 'goals[].kpis[].name',
  'comparison.notes', 'comparison.benchmarks[].against', 'comparison.benchmarks[].source', 'comparison.benchmarks[].note',
  'mission.statement', 'mission.links[].rationale',
  'actions[].title', 'actions[].description', 'actions[].steps[]',
  'standards[].text', 'standards[].remedy', 'standards[].compensation.text',
  'escalation.levels[].external.name', 'escalation.levels[].when',
  'pilot.customers', 'pilot.notice', 'pilot.success_criteria[].note', 'pilot.feedback', 'pilot.results.notes',
  'rollout.training[].topics[]', 'first_contact[]', 'feedback[].follow_up',
];

let compiled: string[][] | undefined;

/** Calls visit with each text of the policy and the path to it, in the order of TEXT_FIELDS. */
export function forEachText(policy: Policy, visit: (text: LocalText, path: DocPath) => void): void {
  compiled ??= TEXT_FIELDS.map((field) => field.replace(/\[\]/g, '.[]').split('.'));
  // One path, grown and shrunk as the walk goes, copied only for a text found: a new array at each
  // step was most of what text-languages allocated (107 KB on the example policy, now 27 KB).
  const path: (string | number)[] = [];
  for (let i = 0; i < compiled.length; i++) walk(policy, compiled[i]!, 0, path, visit);
}

function walk(node: unknown, steps: string[], at: number, path: (string | number)[], visit: (text: LocalText, path: DocPath) => void): void {
  if (node === undefined || node === null) return;
  if (at === steps.length) {
    if (typeof node === 'string' || (typeof node === 'object' && !Array.isArray(node))) visit(node as LocalText, path.slice());
    return;
  }
  const step = steps[at]!;
  if (step === '[]') {
    if (!Array.isArray(node)) return;
    for (let i = 0; i < node.length; i++) {
      path.push(i);
      walk(node[i], steps, at + 1, path, visit);
      path.pop();
    }
  } else if (typeof node === 'object' && !Array.isArray(node)) {
    path.push(step);
    walk((node as Record<string, unknown>)[step], steps, at + 1, path, visit);
    path.pop();
  }
}

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** What editors show from the schema: yaml-language-server and VS Code read these keywords. */
const schema = JSON.parse(readFileSync(new URL('../schema/policy.schema.json', import.meta.url), 'utf8')) as Record<string, unknown>;

type Node = Record<string, unknown>;

/** Every subschema with its JSON pointer. */
function subschemas(node: unknown, pointer = '#', out: [string, Node][] = []): [string, Node][] {
  if (!node || typeof node !== 'object') return out;
  if (!Array.isArray(node)) out.push([pointer, node as Node]);
  for (const [key, child] of Object.entries(node)) {
    if (key === 'enum' || key === 'const' || key === 'required' || key === 'examples') continue;
    subschemas(child, `${pointer}/${key}`, out);
  }
  return out;
}

const all = subschemas(schema);
const properties = all.filter(([pointer]) => /\/properties\/[^/]+$/.test(pointer));

describe('the policy schema, as editors show it', () => {
  it('has a title on every property and every definition, so a hover names the thing under the cursor', () => {
    const untitled = [...properties, ...all.filter(([pointer]) => /^#\/\$defs\/[^/]+$/.test(pointer))].filter(([, node]) => typeof node.title !== 'string');
    expect(untitled.map(([pointer]) => pointer)).toEqual([]);
    expect(properties.length).toBeGreaterThan(100);
  });

  it('says in words how to write every value that must match a pattern', () => {
    const patterns = all.filter(([, node]) => typeof node.pattern === 'string');
    expect(patterns.length).toBeGreaterThan(5);
    const unexplained = patterns.filter(([, node]) => typeof node.patternErrorMessage !== 'string' || /[\\^$]/.test(node.patternErrorMessage as string));
    expect(unexplained.map(([pointer]) => pointer)).toEqual([]);
  });

  it('keeps errorMessage to single values: on a mapping it would hide which key is missing or unknown', () => {
    const onMappings = all.filter(([, node]) => 'errorMessage' in node && (node.type === 'object' || 'properties' in node));
    expect(onMappings.map(([pointer]) => pointer)).toEqual([]);
  });
});

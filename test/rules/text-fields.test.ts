import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TEXT_FIELDS } from '../../src/core/text-fields.js';

type SchemaNode = { $ref?: string; properties?: Record<string, SchemaNode>; items?: SchemaNode; anyOf?: SchemaNode[]; oneOf?: SchemaNode[]; allOf?: SchemaNode[] };
const schema = JSON.parse(readFileSync(new URL('../../schema/policy.schema.json', import.meta.url), 'utf8')) as SchemaNode & { $defs: Record<string, SchemaNode> };

/** Every path at which the schema allows a text ($defs/text), found by walking the schema. */
function textPaths(node: SchemaNode, path: string, out: string[]): string[] {
  if (node.$ref === '#/$defs/text') return [...out, path];
  if (node.$ref?.startsWith('#/$defs/')) out = textPaths(schema.$defs[node.$ref.slice('#/$defs/'.length)]!, path, out);
  for (const [key, child] of Object.entries(node.properties ?? {})) out = textPaths(child, path ? `${path}.${key}` : key, out);
  if (node.items) out = textPaths(node.items, `${path}[]`, out);
  for (const child of [...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])]) out = textPaths(child, path, out);
  return out;
}

describe('TEXT_FIELDS', () => {
  it('names every text the schema allows, and nothing else', () => {
    expect([...TEXT_FIELDS].sort()).toEqual(textPaths(schema, '', []).sort());
  });
});

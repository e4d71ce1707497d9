import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type ChromiumSchema, managedSchema } from './managed-schema';
import { settingsSchema } from './schema';

/** Attributes Chromium's policy schema parser knows (components/policy/core/common/schema.cc). */
const ALLOWED = new Set(['type', 'description', 'title', 'properties', 'items', 'id', '$ref']);
const TYPES = new Set(['object', 'array', 'string', 'integer', 'number', 'boolean']);

type Json = { type?: string; anyOf?: Json[]; properties?: Record<string, Json>; items?: Json };

function walk(node: ChromiumSchema, path: string, visit: (node: ChromiumSchema, path: string) => void) {
  visit(node, path);
  for (const [key, child] of Object.entries(node.properties ?? {})) walk(child, path ? `${path}.${key}` : key, visit);
  if (node.items) walk(node.items, `${path}[]`, visit);
}

describe('managedSchema', () => {
  const schema = managedSchema();

  it('covers every setting, at every depth, with the zod type', () => {
    const zodJson = z.toJSONSchema(settingsSchema, { io: 'input' }) as Json;
    const compare = (zodNode: Json, managed: ChromiumSchema | undefined, path: string) => {
      const concrete = zodNode.anyOf?.find((branch) => branch.type !== 'null') ?? zodNode;
      expect(managed, `managed schema lacks ${path}`).toBeDefined();
      if (!managed) return;
      expect(managed.type, path).toBe(
        concrete.type === 'number' && managed.type === 'integer' ? 'integer' : concrete.type,
      );
      for (const [key, child] of Object.entries(concrete.properties ?? {})) {
        compare(child, managed.properties?.[key], `${path}.${key}`);
      }
      if (concrete.items) compare(concrete.items, managed.items, `${path}[]`);
    };
    const { version: _version, ...settings } = zodJson.properties ?? {};
    for (const [key, node] of Object.entries(settings)) compare(node, schema.properties?.[key], key);
    expect(Object.keys(schema.properties ?? {}).sort()).toEqual(Object.keys(settings).sort());
  });

  it('uses only what Chromium accepts: one type per node, known attributes, no top-level additionalProperties', () => {
    expect(schema.type).toBe('object');
    walk(schema, '', (node, path) => {
      expect(TYPES.has(node.type), `${path}: ${node.type}`).toBe(true);
      for (const key of Object.keys(node)) expect(ALLOWED.has(key), `${path}: ${key}`).toBe(true);
      if (node.type === 'array') expect(node.items, path).toBeDefined();
    });
  });

  it('describes every setting for administrators, with the allowed values', () => {
    walk(schema, '', (node, path) => {
      const isListItem = path.endsWith('[]') && node.type !== 'object';
      if (!isListItem) expect(node.description, `no description for "${path}"`).toBeTruthy();
    });
    expect(schema.properties?.categories.properties?.political.properties?.mode.description).toMatch(
      /off, warn, block/,
    );
    expect(schema.properties?.graduationYears.type).toBe('object');
  });
});

/**
 * The `storage.managed_schema` file, generated from the zod settings schema at build time so it always
 * covers every setting. Chromium's policy schema is a subset of JSON Schema: one `type` per node (no
 * null, no anyOf), `properties`, `items`, `description`; a top-level `additionalProperties` is refused.
 * Allowed values and ranges go into the descriptions instead of `enum`/`minimum`: Chromium silently
 * drops a whole policy that breaks them, whereas Preflight ignores just the bad value and reports it
 * in its options page, which administrators can see.
 */
import { z } from 'zod';
import { SETTING_DESCRIPTIONS } from './managed-descriptions';
import { settingsSchema } from './schema';

export interface ChromiumSchema {
  type: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  title?: string;
  description?: string;
  properties?: Record<string, ChromiumSchema>;
  items?: ChromiumSchema;
}

type JsonNode = {
  type?: string;
  anyOf?: JsonNode[];
  properties?: Record<string, JsonNode>;
  items?: JsonNode;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  const?: unknown;
};

function describe(node: JsonNode, path: string): string | undefined {
  const own = SETTING_DESCRIPTIONS[path];
  const extra: string[] = [];
  if (node.enum) extra.push(`One of: ${node.enum.join(', ')}.`);
  if (node.minimum !== undefined && node.maximum !== undefined) extra.push(`From ${node.minimum} to ${node.maximum}.`);
  const text = [own, ...extra].filter(Boolean).join(' ');
  return text || undefined;
}

function convert(node: JsonNode, path: string): ChromiumSchema {
  // `X | null` becomes X: an administrator who wants "none" leaves the setting out.
  const concrete = node.anyOf?.find((branch) => branch.type !== 'null') ?? node;
  if (concrete !== node) return convert(concrete, path);
  const type = concrete.type as ChromiumSchema['type'] | undefined;
  if (!type) throw new Error(`managed schema: no single type at "${path}"`);
  const out: ChromiumSchema = { type };
  const description = describe(concrete, path);
  if (description) out.description = description;
  if (type === 'object' && concrete.properties) {
    out.properties = Object.fromEntries(
      Object.entries(concrete.properties).map(([key, child]) => [key, convert(child, path ? `${path}.${key}` : key)]),
    );
  }
  if (type === 'array' && concrete.items) out.items = convert(concrete.items, `${path}[]`);
  return out;
}

/** The managed-storage schema for every setting except the bookkeeping `version`. */
export function managedSchema(): ChromiumSchema {
  const json = z.toJSONSchema(settingsSchema, { io: 'input', unrepresentable: 'any' }) as JsonNode;
  const { version: _version, ...properties } = json.properties ?? {};
  return convert({ type: 'object', properties }, '');
}

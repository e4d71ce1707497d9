/** The configurations in docs/ADMIN.md are real: each one resolves with no ignored value. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveSettings } from './resolve';
import { settingsSchema } from './schema';

const doc = readFileSync('docs/ADMIN.md', 'utf8');

function block(name: string): string {
  const match = doc.match(new RegExp(`<!-- admin-example:${name} -->\\s*\`\`\`\\w+\\n([\\s\\S]*?)\`\`\``));
  if (!match) throw new Error(`docs/ADMIN.md has no ${name} example`);
  return match[1];
}

const json = (name: string) => JSON.parse(block(name)) as Record<string, unknown>;

function expectClean(values: Record<string, unknown>) {
  const resolved = resolveSettings(null, values);
  expect(resolved.issues).toEqual([]);
  return resolved;
}

describe('docs/ADMIN.md examples', () => {
  it('the complete example sets every setting but the policy document, all valid', () => {
    const config = json('config');
    const resolved = expectClean(config);
    const keys = Object.keys(settingsSchema.shape).filter((key) => key !== 'version' && key !== 'policy');
    expect(Object.keys(config).sort()).toEqual(keys.sort());
    expect(resolved.locked.sort()).toEqual(keys.sort());
  });

  it('the policy document example is a valid policy', () => {
    expect(expectClean(json('policy')).settings.policy?.sections[0].clauses[0].id).toBe('all.confidential');
  });

  it('the Admin console example wraps valid values in {"Value": ...}', () => {
    const wrapped = json('admin-console') as Record<string, { Value: unknown }>;
    const values = Object.fromEntries(Object.entries(wrapped).map(([key, entry]) => [key, entry.Value]));
    expect(Object.values(values).every((value) => value !== undefined)).toBe(true);
    expectClean(values);
  });

  it('the Linux policy file force-installs and configures the extension', () => {
    const file = json('linux') as {
      ExtensionSettings: Record<string, { installation_mode: string }>;
      '3rdparty': { extensions: Record<string, Record<string, unknown>> };
    };
    expect(file.ExtensionSettings.EXTENSION_ID.installation_mode).toBe('force_installed');
    expectClean(file['3rdparty'].extensions.EXTENSION_ID);
  });

  it('the Firefox policies.json uses the gecko id and 3rdparty.Extensions', () => {
    const manifestId = readFileSync('wxt.config.ts', 'utf8').match(/gecko: \{ id: '([^']+)'/)?.[1];
    const file = json('firefox') as {
      policies: {
        ExtensionSettings: Record<string, { installation_mode: string }>;
        '3rdparty': { Extensions: Record<string, Record<string, unknown>> };
      };
    };
    expect(manifestId).toBe('preflight@district.example');
    expect(file.policies.ExtensionSettings[manifestId as string].installation_mode).toBe('force_installed');
    expectClean(file.policies['3rdparty'].Extensions[manifestId as string]);
  });

  it('the Windows registry example holds valid values (objects and lists as JSON text)', () => {
    const reg = block('windows');
    const section = reg.split(/\n\[/).find((part) => part.includes('3rdparty\\extensions\\EXTENSION_ID\\policy]'));
    expect(section).toBeDefined();
    const values = Object.fromEntries(
      [...(section ?? '').matchAll(/^"([^"]+)"="(.*)"$/gm)].map(([, name, raw]) => {
        const text = raw.replace(/\\"/g, '"');
        return [name, /^[[{]/.test(text) ? JSON.parse(text) : text];
      }),
    );
    expect(Object.keys(values).length).toBeGreaterThan(3);
    expectClean(values);
  });
});

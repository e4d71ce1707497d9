/**
 * UI strings in English and Spanish. The language follows the browser unless settings choose one
 * (browser.i18n cannot be overridden at run time, hence this small module).
 */
import { en, type MessageKey } from './en';
import { es } from './es';

export type { MessageKey } from './en';
export type Language = 'en' | 'es';

const tables: Record<Language, Record<MessageKey, string>> = { en, es };
let current: Language = 'en';

/** Pick the language: a setting of `en`/`es` wins, `auto` follows the browser's language list. */
export function resolveLanguage(setting: 'auto' | Language, browserLanguages: readonly string[] = []): Language {
  if (setting !== 'auto') return setting;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'es' || base === 'en') return base;
  }
  return 'en';
}

export function setLanguage(language: Language): void {
  current = language;
}

export function getLanguage(): Language {
  return current;
}

/** The string for `key` in the current language, with `{name}` placeholders filled from `vars`. */
export function t(key: MessageKey, vars: Record<string, string | number> = {}): string {
  const template = tables[current][key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** Message keys that come in `.one` / `.other` plural forms. */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}.one` ? Base : never) : never;

/** The plural form of `key` for `count` in the current language, with `{count}` and `vars` filled. */
export function tn(key: PluralKey, count: number, vars: Record<string, string | number> = {}): string {
  const form = new Intl.PluralRules(current).select(count) === 'one' ? 'one' : 'other';
  return t(`${key}.${form}` as MessageKey, { ...vars, count });
}

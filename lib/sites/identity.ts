/**
 * Reads the acting account from the sources a site spec lists (DOM hooks, cookies, inline JSON, editor
 * labels). Cookies follow account switches, so they decide the acting id; page JSON is only trusted when
 * it names the same id (it describes the page as loaded).
 */
import { afterPrefix } from './labels';
import type { IdentitySource, SiteSpec } from './types';

export interface RawIdentity {
  id?: string;
  handle?: string;
  name?: string;
}

export function readCookie(cookies: string, name: string): string | undefined {
  for (const part of cookies.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) {
      const value = decodeURIComponent(rest.join('='));
      if (value) return value;
    }
  }
  return undefined;
}

/** The id and name stored after `marker` in an inline JSON script, e.g. CurrentUserInitialData. */
export function scanJsonScripts(
  doc: Document,
  source: Extract<IdentitySource, { from: 'json-script' }>,
): { id?: string; name?: string } {
  for (const script of doc.querySelectorAll('script:not([src])')) {
    const text = script.textContent ?? '';
    const at = text.indexOf(source.marker);
    if (at < 0) continue;
    const window = text.slice(at, at + 4000);
    const id = new RegExp(`"${source.idKey}"\\s*:\\s*"?(\\d+)"?`).exec(window)?.[1];
    for (const key of source.nameKeys) {
      const name = new RegExp(`"${key}"\\s*:\\s*"((?:[^"\\\\]|\\\\.)*)"`).exec(window)?.[1];
      if (name) return { id, name: JSON.parse(`"${name}"`) as string };
    }
    if (id) return { id };
  }
  return {};
}

function fromDom(doc: Document, source: IdentitySource, editor: Element | null): RawIdentity {
  switch (source.from) {
    case 'testid-suffix': {
      const value = doc.querySelector(source.selector)?.getAttribute('data-testid');
      return value?.startsWith(source.prefix) ? { handle: value.slice(source.prefix.length) } : {};
    }
    case 'href-path': {
      const href = doc.querySelector(source.selector)?.getAttribute('href');
      const handle = href?.split('/').filter(Boolean)[0];
      return handle ? { handle } : {};
    }
    case 'label-prefix': {
      const own = editor?.matches(source.selector) ? editor : null;
      const label = (own ?? doc.querySelector(source.selector))?.getAttribute('aria-label');
      const name = afterPrefix(label, source.prefixes);
      return name ? { name } : {};
    }
    default:
      return {};
  }
}

/**
 * The acting identity. `jsonCache` lets the caller skip rescanning large inline scripts while the acting
 * id cookie is unchanged.
 */
export function readIdentity(
  site: SiteSpec,
  doc: Document,
  editor: Element | null,
  jsonCache: Map<string, { id?: string; name?: string }>,
): RawIdentity {
  const result: RawIdentity = {};
  for (const source of site.identity) {
    if (source.from === 'cookie') {
      if (!result.id) result.id = readCookie(doc.cookie, source.name);
    } else if (source.from === 'json-script') {
      const key = `${source.marker}:${result.id ?? ''}`;
      let found = jsonCache.get(key);
      if (!found) {
        found = scanJsonScripts(doc, source);
        jsonCache.set(key, found);
      }
      const sameActor = !result.id || !found.id || found.id === result.id;
      if (found.name && sameActor) {
        if (source.as === 'handle') result.handle ??= found.name;
        else result.name ??= found.name;
      }
    } else {
      const found = fromDom(doc, source, editor);
      result.handle ??= found.handle;
      result.name ??= found.name;
    }
  }
  return result;
}

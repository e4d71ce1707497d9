import { afterEach, describe, expect, it } from 'vitest';
import { en } from './en';
import { es } from './es';
import { resolveLanguage, setLanguage, t, tn } from './index';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

afterEach(() => setLanguage('en'));

describe('UI strings', () => {
  it('has a Spanish string for every English one, with the same placeholders', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    for (const [key, english] of Object.entries(en)) {
      const spanish = es[key as keyof typeof en];
      expect(spanish.trim(), key).not.toBe('');
      expect(placeholders(spanish), key).toEqual(placeholders(english));
    }
  });

  it('translates, not copies: most Spanish strings differ from the English', () => {
    const same = Object.entries(en).filter(([key, english]) => es[key as keyof typeof en] === english);
    // Names (Preflight, X, Facebook, Instagram) are the only strings allowed to stay the same.
    expect(same.map(([, text]) => text).every((text) => /^(Preflight|X|Facebook|Instagram)$/.test(text))).toBe(true);
  });

  it('every plural key has both forms', () => {
    for (const key of Object.keys(en)) {
      if (key.endsWith('.one')) expect(en, key).toHaveProperty(key.replace(/\.one$/, '.other'));
    }
  });

  it('fills placeholders and picks plural forms per language', () => {
    expect(t('lookup.none', { query: 'xyz' })).toBe('No clause matches "xyz".');
    expect(tn('lookup.clauses', 1)).toBe('1 clause');
    expect(tn('lookup.clauses', 3)).toBe('3 clauses');
    setLanguage('es');
    expect(tn('lookup.clauses', 1)).toBe('1 cláusula');
    expect(tn('lookup.clauses', 0)).toBe('0 cláusulas');
    expect(t('popup.tab.help')).toBe('Ayuda');
  });

  it('lets the setting override the browser language, which otherwise picks', () => {
    expect(resolveLanguage('auto', ['es-MX', 'en-US'])).toBe('es');
    expect(resolveLanguage('auto', ['fr-FR', 'en-GB'])).toBe('en');
    expect(resolveLanguage('auto', ['fr-FR'])).toBe('en');
    expect(resolveLanguage('en', ['es-ES'])).toBe('en');
    expect(resolveLanguage('es', ['en-US'])).toBe('es');
  });
});

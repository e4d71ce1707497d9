/** Apply the UI language: the setting wins, `auto` follows the browser's language list. */
import { useEffect } from 'preact/hooks';
import { z } from 'zod';
import zodEn from 'zod/v4/locales/en.js';
import zodEs from 'zod/v4/locales/es.js';
import { type Language, resolveLanguage, setLanguage } from '@/lib/i18n';

const ZOD_LOCALES = { en: zodEn, es: zodEs } as const;
let zodLanguage: Language | null = null;

/** Call at the top of an app's render so every child renders in the chosen language. */
export function useLanguage(setting: 'auto' | Language): Language {
  const language = resolveLanguage(setting, typeof navigator === 'undefined' ? [] : navigator.languages);
  setLanguage(language);
  if (zodLanguage !== language) {
    // Validation messages (invalid fields, imports) in the same language as the page.
    z.config(ZOD_LOCALES[language]());
    zodLanguage = language;
  }
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return language;
}

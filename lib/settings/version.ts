/** The settings shape's version (kept apart from the schema so light modules need not load zod). */
export const SETTINGS_VERSION = 1;

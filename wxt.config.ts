import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { managedSchema } from './lib/settings/managed-schema';

// Host access for the three supported sites only: no <all_urls>.
export const SITE_HOSTS = [
  '*://x.com/*',
  '*://twitter.com/*',
  '*://mobile.x.com/*',
  '*://mobile.twitter.com/*',
  '*://www.facebook.com/*',
  '*://web.facebook.com/*',
  '*://www.instagram.com/*',
];

/**
 * Public key fixing the Chromium extension id of unpacked builds to bflagicbfidiilhlepioepakdjcbaelm, so
 * managed-policy files and tests can name it. Not a secret (no private key is kept). Store packages
 * get their id from the store: build them with PREFLIGHT_STORE=1 to leave the key out.
 */
export const EXTENSION_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAsHityPWVf6PLouIuCQz3iFL5v/xkjZDwMGL4IkLM5xVQFPhc//h/3w1SxUYzK0S0xosVeO9IIKDnsVhrIjHgQ113Vo/E5hBfwpYnLm4PSdouN/Ivyvfnn3Bo0l5yIegmL9k7oHIt1GFap2MrD2NXU4tXNktDmyCzBEYCD+2tLj6waLUmVLOJnQ8XcdaxfukjppfAC1sAppz2DObz2Ejg0aQ6ej8M/YzvGq1IuhxxCEujL5/C/eDIXrgeZk41moShW4D4su78JlL6P+gFnX95LxsU/BWR6xQkxpzS4XAlb/tsOnUQatpHSfttT0DYdEgMw3bD8MTsIeg+tsw6tN/nlQIDAQAB';
export const MANAGED_SCHEMA_FILE = 'managed-schema.json';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // Administrator settings: the schema is generated from the zod settings schema on every build.
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: MANAGED_SCHEMA_FILE, contents: `${JSON.stringify(managedSchema(), null, 2)}\n` });
    },
    'build:manifestGenerated': (wxt, manifest) => {
      const withStorage = manifest as typeof manifest & { storage?: { managed_schema: string }; key?: string };
      withStorage.storage = { managed_schema: MANAGED_SCHEMA_FILE };
      if (wxt.config.browser === 'chrome' && process.env.PREFLIGHT_STORE !== '1') withStorage.key = EXTENSION_KEY;
    },
  },
  manifest: {
    name: 'Preflight',
    description:
      "Checks your posts against the District's Employee Use of Social Media policy before you publish. Nothing leaves your device.",
    permissions: ['storage'],
    host_permissions: SITE_HOSTS,
    browser_specific_settings: {
      gecko: { id: 'preflight@district.example', data_collection_permissions: { required: ['none'] } },
    },
  },
});

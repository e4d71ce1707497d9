import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { PACKAGED, PACKAGED_ASSETS, PACKAGED_FILES } from './lib/images/packaged';
import { pthreadWorkerScript } from './lib/images/pthread-worker';
import { managedSchema } from './lib/settings/managed-schema';

const require = createRequire(import.meta.url);
// The image models run as WebAssembly: extension pages need 'wasm-unsafe-eval' (nothing else loosened).
const CSP = "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'";

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
    'build:publicAssets': (_wxt, files) => {
      // Administrator settings: the schema is generated from the zod settings schema on every build.
      files.push({ relativeDest: MANAGED_SCHEMA_FILE, contents: `${JSON.stringify(managedSchema(), null, 2)}\n` });
      // Image models, wasm and language data are copied from node_modules into the build (not committed).
      for (const [from, to] of PACKAGED_FILES) files.push({ absoluteSrc: require.resolve(from), relativeDest: to });
      const {
        wasmWorkerContents,
      } = require('@tensorflow/tfjs-backend-wasm/wasm-out/tfjs-backend-wasm-threaded-simd.worker.js');
      files.push({ relativeDest: PACKAGED.pthreadWorker.slice(1), contents: pthreadWorkerScript(wasmWorkerContents) });
      for (const [from, to] of PACKAGED_ASSETS) {
        files.push({ absoluteSrc: resolve('lib/images/assets', from), relativeDest: to });
      }
    },
    'build:manifestGenerated': (wxt, manifest) => {
      const withStorage = manifest as typeof manifest & { storage?: { managed_schema: string }; key?: string };
      withStorage.storage = { managed_schema: MANAGED_SCHEMA_FILE };
      if (wxt.config.browser === 'chrome' && process.env.PREFLIGHT_STORE !== '1') withStorage.key = EXTENSION_KEY;
      // The image models run as WebAssembly (offscreen document on Chromium, background page on Firefox).
      if (wxt.config.manifestVersion === 3) {
        manifest.content_security_policy = { extension_pages: CSP };
        if (wxt.config.browser !== 'firefox') {
          manifest.permissions = [...(manifest.permissions ?? []), 'offscreen'];
          // Cross-origin isolation gives extension pages SharedArrayBuffer: face detection on every core.
          Object.assign(manifest, {
            cross_origin_embedder_policy: { value: 'require-corp' },
            cross_origin_opener_policy: { value: 'same-origin' },
          });
        }
      } else {
        manifest.content_security_policy = CSP;
      }
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

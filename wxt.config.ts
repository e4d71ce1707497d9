import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { PACKAGED_ASSETS, PACKAGED_FILES } from './lib/images/packaged';

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

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // Image models, wasm and language data are copied from node_modules into the build (not committed).
    'build:publicAssets': (_wxt, files) => {
      for (const [from, to] of PACKAGED_FILES) files.push({ absoluteSrc: require.resolve(from), relativeDest: to });
      for (const [from, to] of PACKAGED_ASSETS) {
        files.push({ absoluteSrc: resolve('lib/images/assets', from), relativeDest: to });
      }
    },
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.manifestVersion === 3) {
        manifest.content_security_policy = { extension_pages: CSP };
        if (wxt.config.browser !== 'firefox') manifest.permissions = [...(manifest.permissions ?? []), 'offscreen'];
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

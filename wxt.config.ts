import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

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

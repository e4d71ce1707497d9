import { expect, test } from 'vitest';
import { SITE_HOSTS } from '../../wxt.config';
import { SITE_MATCHES, siteForHost } from './index';

test('the manifest asks for exactly the hosts the site specs serve (and no others)', () => {
  expect([...SITE_MATCHES].sort()).toEqual([...SITE_HOSTS].sort());
  expect(SITE_MATCHES.some((pattern) => pattern.includes('<all_urls>'))).toBe(false);
});

test('a host maps to its site; anything else has none', () => {
  expect(siteForHost('mobile.x.com')?.platform).toBe('x');
  expect(siteForHost('WEB.facebook.com')?.platform).toBe('facebook');
  expect(siteForHost('www.instagram.com')?.platform).toBe('instagram');
  expect(siteForHost('m.facebook.com')).toBeNull();
});

// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '@/lib/i18n';
import { SITES } from '@/lib/sites';
import { TabStatusView } from './TabStatusView';
import { siteOfUrl } from './tab-site';

afterEach(() => {
  cleanup();
  setLanguage('en');
});

describe('TabStatusView', () => {
  it('shows site, activity, identity and findings of an active tab', () => {
    const { container } = render(
      <TabStatusView
        state={{
          kind: 'status',
          status: {
            site: 'facebook',
            active: true,
            findings: 2,
            worst: 'block',
            identity: { label: 'Cedar Valley Schools', district: true },
          },
        }}
      />,
    );
    const text = container.textContent ?? '';
    expect(container.querySelector('[data-state]')?.getAttribute('data-state')).toBe('active');
    expect(text).toContain('Facebook');
    expect(text).toContain('✓ Active');
    expect(text).toContain('Cedar Valley Schools (District account)');
    expect(text).toContain('2 findings (Must fix)');
  });

  it('gives the reason when checking is not active', () => {
    const { container } = render(
      <TabStatusView
        state={{ kind: 'status', status: { site: 'x', active: false, reason: 'composer not recognised', findings: 0 } }}
      />,
    );
    expect(container.textContent).toContain('Not active: composer not recognised');
    expect(container.textContent).not.toContain('Findings');
  });

  it('tells a supported site that has not reported from a site Preflight does not check', () => {
    const silent = render(<TabStatusView state={{ kind: 'silent', site: 'instagram' }} />);
    expect(silent.container.textContent).toContain('Instagram');
    expect(silent.container.textContent).toContain('Reload the page');
    cleanup();
    setLanguage('es');
    const other = render(<TabStatusView state={{ kind: 'unsupported' }} />);
    expect(other.container.textContent).toContain('Preflight no revisa esta página.');
  });

  it('maps tab URLs to supported sites', () => {
    expect(siteOfUrl('https://x.com/home')).toBe('x');
    expect(siteOfUrl('https://twitter.com/compose/tweet')).toBe('x');
    expect(siteOfUrl('https://www.facebook.com/')).toBe('facebook');
    expect(siteOfUrl('https://www.instagram.com/p/abc')).toBe('instagram');
    expect(siteOfUrl('https://example.org/x.com')).toBeNull();
    expect(siteOfUrl('chrome://extensions')).toBeNull();
    expect(siteOfUrl(undefined)).toBeNull();
    expect(siteOfUrl('not a url')).toBeNull();
    // Every host a site spec serves (the manifest's match patterns) is recognised as that site.
    for (const site of SITES) {
      for (const host of site.hosts) expect(siteOfUrl(`https://${host}/`)).toBe(site.platform);
    }
  });
});

// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { FACEBOOK_SITE } from './facebook';
import { readCookie, readIdentity } from './identity';
import { INSTAGRAM_SITE } from './instagram';
import { X_SITE } from './x';

function setCookies(...pairs: string[]): void {
  // biome-ignore lint/suspicious/noDocumentCookie: the identity sources include cookies.
  for (const pair of pairs) document.cookie = `${pair}; path=/`;
}

afterEach(() => {
  for (const name of ['c_user', 'i_user', 'ds_user_id', 'twid']) {
    // biome-ignore lint/suspicious/noDocumentCookie: clearing the test cookies.
    document.cookie = `${name}=; max-age=0; path=/`;
  }
  document.body.innerHTML = '';
  document.head.innerHTML = '';
});

const json = (value: unknown) => `<script type="application/json">${JSON.stringify(value)}</script>`;

describe('identity', () => {
  test('readCookie finds a value among others and decodes it', () => {
    expect(readCookie('a=1; twid=u%3D42; c_user=100', 'twid')).toBe('u=42');
    expect(readCookie('a=1', 'c_user')).toBeUndefined();
  });

  test('X: the handle from the account switcher avatar, else the profile link', () => {
    document.body.innerHTML = `<div data-testid="SideNav_AccountSwitcher_Button"><div data-testid="UserAvatar-Container-CedarValleySch"></div></div>`;
    expect(readIdentity(X_SITE, document, null, new Map()).handle).toBe('CedarValleySch');
    document.body.innerHTML = `<a data-testid="AppTabBar_Profile_Link" href="/jordan_teaches">Profile</a>`;
    expect(readIdentity(X_SITE, document, null, new Map()).handle).toBe('jordan_teaches');
  });

  test('Facebook: a switched-into Page (i_user) wins over the owner, and page data naming another actor is ignored', () => {
    setCookies('c_user=100', 'i_user=200');
    document.head.innerHTML = json({
      require: [['CurrentUserInitialData', [], { USER_ID: '100', NAME: 'Alex Rivera' }]],
    });
    document.body.innerHTML = `<div data-lexical-editor="true" aria-label="Comment as Cedar Valley Schools"></div>`;
    const editor = document.querySelector('[data-lexical-editor]');
    expect(readIdentity(FACEBOOK_SITE, document, editor, new Map())).toEqual({
      id: '200',
      name: 'Cedar Valley Schools',
    });
  });

  test('Facebook: the page data names the acting person when the ids agree', () => {
    setCookies('c_user=100');
    document.head.innerHTML = json({
      require: [['CurrentUserInitialData', [], { USER_ID: '100', NAME: 'Alex Rivera' }]],
    });
    expect(readIdentity(FACEBOOK_SITE, document, null, new Map())).toEqual({ id: '100', name: 'Alex Rivera' });
  });

  test('Instagram: the viewer username from page data is a handle', () => {
    setCookies('ds_user_id=300');
    document.head.innerHTML = json({
      require: [['PolarisViewer', [], { id: '300', data: { username: 'cedarvalleyschools' } }]],
    });
    expect(readIdentity(INSTAGRAM_SITE, document, null, new Map())).toEqual({
      id: '300',
      handle: 'cedarvalleyschools',
    });
  });
});

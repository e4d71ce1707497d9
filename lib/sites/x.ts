/** X (x.com, twitter.com, mobile hosts): Draft.js composers keyed on data-testids, which X does not localize. */
import { LANDMARKS, type SiteSpec } from './types';

const POST_BUTTONS = ['[data-testid="tweetButton"]', '[data-testid="tweetButtonInline"]'];
const POST_EDITOR = '[data-testid^="tweetTextarea_"][role="textbox"]';

export const X_SITE: SiteSpec = {
  platform: 'x',
  hosts: ['x.com', 'twitter.com', 'mobile.x.com', 'mobile.twitter.com'],
  handlePrefix: '@',
  surfaces: [
    {
      id: 'x-chat',
      surface: 'message',
      kind: 'textarea',
      editor: ['textarea[data-testid="dm-composer-textarea"]'],
      keySubmit: 'enter',
      submit: ['[data-testid="dm-composer-send-button"]'],
    },
    {
      id: 'x-legacy-dm',
      surface: 'message',
      kind: 'draft',
      editor: ['[data-testid="dmComposerTextInput"]'],
      keySubmit: 'enter',
      submit: ['[data-testid="dmComposerSendButton"]'],
    },
    {
      id: 'x-reply',
      surface: 'reply',
      kind: 'draft',
      editor: [POST_EDITOR],
      within: [
        '[data-testid="inline_reply_offscreen"]',
        '[aria-labelledby="modal-header"]:has(article[data-testid="tweet"])',
      ],
      keySubmit: 'mod-enter',
      submit: POST_BUTTONS,
    },
    {
      id: 'x-post',
      surface: 'post',
      kind: 'draft',
      editor: [POST_EDITOR],
      keySubmit: 'mod-enter',
      submit: POST_BUTTONS,
    },
    {
      id: 'x-mobile-post',
      surface: 'post',
      kind: 'textarea',
      editor: ['main [data-testid^="tweetTextarea"] textarea'],
      keySubmit: 'mod-enter',
      submit: POST_BUTTONS,
    },
  ],
  // No dialog scope: a reply dialog also shows the parent post's photos (tweetPhoto, CDN URLs).
  attachments: {
    previews: ['[data-testid="attachments"] img', 'img[src^="blob:"]'],
    inputs: ['input[type="file"][data-testid="fileInput"]', 'input[type="file"]'],
  },
  // Follower requests (a protected account) list user cells with Accept/Decline buttons that have no
  // testid, so they are matched by their text; Follow / Follow back buttons carry `<user id>-follow`.
  requests: {
    controls: [
      {
        id: 'x-accept',
        action: 'accept',
        control: ['[data-testid="UserCell"] button', '[data-testid="UserCell"] [role="button"]'],
        labels: { en: ['Accept'], es: ['Aceptar'], pt: ['Aceitar'], fr: ['Accepter'] },
        scope: 'card',
      },
      { id: 'x-follow', action: 'send', control: ['[data-testid$="-follow"]'], scope: 'card-or-profile' },
    ],
    cards: ['[data-testid="UserCell"]', '[data-testid="HoverCard"]'],
    headers: [],
    // A cell's own links name its user; elsewhere, the nearest block linking to exactly one user.
    profileLinks: ['a[href^="/"]'],
    linkDepth: 4,
    linkStop: LANDMARKS,
    name: ['[data-testid="User-Name"]', 'a[role="link"] [dir="ltr"]', 'a[href^="/"] span'],
    profile: {
      name: ['[data-testid="UserName"]', 'main h1', 'main h2'],
      details: ['[data-testid="UserDescription"], [data-testid="UserProfileHeader_Items"]', 'main'],
    },
    profileIds: ['^/([A-Za-z0-9_]{1,15})/?$'],
    reservedPaths: [
      'home',
      'explore',
      'notifications',
      'messages',
      'follower_requests',
      'settings',
      'compose',
      'search',
      'i',
      'tos',
      'privacy',
    ],
    controlId: '^(.+)-follow$',
  },
  identity: [
    {
      from: 'testid-suffix',
      selector: '[data-testid="SideNav_AccountSwitcher_Button"] [data-testid^="UserAvatar-Container-"]',
      prefix: 'UserAvatar-Container-',
    },
    { from: 'href-path', selector: 'a[data-testid="AppTabBar_Profile_Link"]' },
  ],
};

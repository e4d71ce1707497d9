// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { FACEBOOK_SITE, INSTAGRAM_SITE, X_SITE } from '../sites';
import type { SiteSpec } from '../sites/types';
import { profileIdFrom, readTarget, refindControl, requestControlFromPath } from './page';

afterEach(() => {
  document.body.innerHTML = '';
});

function target(site: SiteSpec, html: string, selector: string, url: string) {
  history.replaceState(null, '', url);
  document.body.innerHTML = html;
  const element = document.querySelector<HTMLElement>(selector) as HTMLElement;
  const path: EventTarget[] = [];
  for (let node: Element | null = element.firstElementChild ?? element; node; node = node.parentElement)
    path.push(node);
  const found = requestControlFromPath(site, path);
  return found && readTarget(site, found, document);
}

describe('which controls are request controls', () => {
  it('matches by selector and label; never Unfollow, Decline or Delete', () => {
    const html = `<div data-testid="UserCell"><a href="/ana_b">Ana</a><button id="a"><span>Accept</span></button>
      <button id="d"><span>Decline</span></button><button id="u" data-testid="7-unfollow">Following</button></div>`;
    expect(target(X_SITE, html, '#a', '/follower_requests')?.spec.id).toBe('x-accept');
    expect(target(X_SITE, html, '#d', '/follower_requests')).toBeNull();
    expect(target(X_SITE, html, '#u', '/follower_requests')).toBeNull();
  });
});

describe('reading the requester', () => {
  it('Facebook: the card two parents up from Confirm, the profile_id as id', () => {
    const html = `<div role="main"><div class="card"><a href="/friends/requests/?profile_id=123"><span>Ana Ruiz</span></a>
      <div><span>Studies at Lincoln High</span><div><div role="button" aria-label="Confirm" id="c"></div></div></div></div>
      <div class="card"><a href="/friends/requests/?profile_id=456"><span>Bo Li</span></a></div></div>`;
    const found = target(FACEBOOK_SITE, html, '#c', '/friends/requests/');
    expect(found?.profileId).toBe('123');
    expect(found?.requester.name).toBe('Ana Ruiz');
    expect(found?.requester.details.join(' ')).toContain('Studies at Lincoln High');
    expect(found?.requester.details.join(' ')).not.toContain('Bo Li');
  });

  it('Facebook: a profile page Add friend reads the page (h1 and intro), with the id from the URL', () => {
    const html = `<div role="main"><h1>Ana Ruiz</h1><a href="/friends">Friends</a>
      <div role="button" aria-label="Add friend" id="f"></div><div data-pagelet="ProfileTilesFeed_0">Class of 2029</div></div>`;
    const found = target(FACEBOOK_SITE, html, '#f', '/profile.php?id=321');
    expect(found).toMatchObject({ profileId: '321', card: null, requester: { name: 'Ana Ruiz' } });
    expect(found?.requester.details).toContain('Class of 2029');
  });

  it('a Confirm with no card around it (a stray dialog) is not a request', () => {
    const html = `<div role="dialog"><p>Delete this post?</p><div role="button" aria-label="Confirm" id="c"></div></div>`;
    expect(target(FACEBOOK_SITE, html, '#c', '/groups/1')).toBeNull();
  });

  it('the walk up stops at landmarks: the page owner is never taken for the requester', () => {
    const html = `<nav><a href="/jordan_teaches">Profile</a></nav><main><div><div>
      <button data-testid="55-follow" id="f">Follow</button></div></div></main>`;
    const found = target(X_SITE, html, '#f', '/kai_r');
    expect(found?.profileId).toBe('kai_r');
    expect(found?.card).toBeNull();
  });

  it('Instagram: a profile header is the card; a row with one user is a card; site sections are not people', () => {
    const header = `<main><header><h2>noa.cubs</h2><button id="f"><div dir="auto">Follow</div></button>
      <section>CVMS #Cubs</section></header></main>`;
    const found = target(INSTAGRAM_SITE, header, '#f', '/noa.cubs/');
    expect(found).toMatchObject({ profileId: 'noa.cubs', requester: { name: 'noa.cubs', handle: 'noa.cubs' } });
    const row = `<main><a href="/explore/">Explore</a><div><a href="/ana.r/">ana.r</a><div>Ana</div>
      <div><button id="c"><div dir="auto">Confirm</div></button></div></div></main>`;
    expect(target(INSTAGRAM_SITE, row, '#c', '/accounts/activity/')?.profileId).toBe('ana.r');
    expect(profileIdFrom('/explore/', 'https://www.instagram.com/', INSTAGRAM_SITE.requests as never)).toBeNull();
  });
});

describe('finding the control again', () => {
  it("the same person's control after the site re-rendered the row, or none", () => {
    const html = `<div data-testid="UserCell"><a href="/ana_b">Ana</a><button id="a">Accept</button></div>`;
    const found = target(X_SITE, html, '#a', '/follower_requests');
    if (!found) throw new Error('no target');
    document.body.innerHTML = `<div data-testid="UserCell"><a href="/bo">Bo</a><button id="b">Accept</button></div>
      <div data-testid="UserCell"><a href="/ana_b">Ana</a><button id="a2">Accept</button></div>`;
    expect(refindControl(X_SITE, found, document)?.id).toBe('a2');
    document.body.innerHTML = `<div data-testid="UserCell"><a href="/bo">Bo</a><button id="b">Accept</button></div>`;
    expect(refindControl(X_SITE, found, document)).toBeNull();
  });
});

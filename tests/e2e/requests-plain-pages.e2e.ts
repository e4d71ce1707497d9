/**
 * The request guard on pages built differently from the React fixtures: hand-written HTML with plain DOM
 * handlers that follows only the hooks in sites.md (X "Who to follow" cells with `<id>-follow` buttons, a
 * Facebook notification with a "Confirm" role=button and an absolute profile link, an Instagram profile
 * whose Follow button sits outside any header). Each page's handler records calls on `window.__calls`.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type Harness, launch } from './harness';
import { CURRENT_CLASS, outcomeOf, prompt, promptCount } from './requests-helpers';

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
});
afterAll(async () => {
  expect(harness?.unexpectedRequests ?? []).toEqual([]);
  await harness?.close();
});

/** A page whose buttons record `data-call` on click (and Enter/Space for role=button), then disable. */
function page(lang: string, body: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>t</title></head><body>${body}
<script>
window.__calls = [];
window.__fixture = { requests: window.__calls, hooks: {} };
function act(el) { if (el.dataset.done) return; el.dataset.done = '1'; window.__calls.push({ action: el.dataset.action, person: el.dataset.person }); }
document.querySelectorAll('[data-action]').forEach((el) => {
  el.addEventListener('click', () => act(el));
  el.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); act(el); } });
});
</script></body></html>`;
}

const X_PAGE = page(
  'en',
  `<main><h2>Who to follow</h2>
  <div data-testid="UserCell"><a href="/kai_r"><span>Kai Rivera</span></a><div><span>@kai_r</span></div>
    <div>CVHS c/o '${String(CURRENT_CLASS + 1).slice(2)} \u26bd</div>
    <button data-testid="9001-follow" data-action="send" data-person="kai">Follow</button></div>
  <div data-testid="UserCell"><a href="/ms_ortega"><span>Ms. Ortega</span></a><div><span>@ms_ortega</span></div>
    <div>Science teacher at Cedar Valley High. Go Cougars!</div>
    <button data-testid="9002-follow" data-action="send" data-person="ortega">Follow</button></div>
</main>`,
);

const FB_PAGE = page(
  'en',
  `<div role="main"><h1>Notifications</h1>
  <div class="notification"><a href="https://www.facebook.com/lena.park.2031"><strong>Lena Park</strong></a>
    <span>sent you a friend request. Lives in Cedar Valley. lena.p@students.cedarvalley.example</span>
    <div><div role="button" tabindex="0" aria-label="Confirm" data-action="accept" data-person="lena">Confirm</div>
    <div role="button" tabindex="0" aria-label="Delete">Delete</div></div></div>
  <div class="notification"><a href="https://www.facebook.com/profile.php?id=5550"><strong>Omar Haddad</strong></a>
    <span>sent you a friend request. Works at Cedar Valley Bakery.</span>
    <div><div role="button" tabindex="0" aria-label="Confirm" data-action="accept" data-person="omar">Confirm</div></div></div>
</div>`,
);

const IG_PAGE = page(
  'es',
  `<main><div><img alt="" width="40" height="40"><h2>noa.cubs</h2></div>
  <div><span>Noa \u2728</span><div>CVMS \ud83d\udc3b #Cubs #classof${CURRENT_CLASS + 3}</div></div>
  <button type="button" data-action="send" data-person="noa"><div dir="auto">Seguir</div></button></main>`,
);

async function open(url: string): Promise<Page> {
  const tab = await harness.newPage();
  await tab.goto(url);
  await tab.waitForFunction(() => Array.isArray((window as unknown as { __calls?: unknown }).__calls));
  return tab;
}

const callsOf = (tab: Page) => tab.evaluate(() => (window as unknown as { __calls: unknown[] }).__calls.slice());

test('X: a "Who to follow" cell with a class year is held; a teacher goes straight through', async () => {
  await harness.serve('https://x.com/i/connect_people', X_PAGE);
  const tab = await open('https://x.com/i/connect_people');
  await tab.locator('[data-testid="9001-follow"]').click();
  await prompt(tab).waitFor();
  const text = await prompt(tab).innerText();
  expect(text).toContain('Send a request to Kai Rivera?');
  expect(text).toContain('Mentions CVHS (Cedar Valley High School)');
  expect(await callsOf(tab)).toEqual([]);
  await prompt(tab).getByRole('button', { name: 'Not a current student, continue' }).click();
  await expect.poll(() => callsOf(tab)).toEqual([{ action: 'send', person: 'kai' }]);
  await tab.locator('[data-testid="9002-follow"]').click();
  expect(await outcomeOf(tab, 1)).toBe('call');
  expect(await promptCount(tab)).toBe(0);
  await tab.close();
});

test('Facebook: a notification\'s "Confirm" with a student e-mail is held; Enter on the role=button too', async () => {
  await harness.serve('https://www.facebook.com/notifications', FB_PAGE);
  const tab = await open('https://www.facebook.com/notifications');
  const lena = tab.locator('[data-person="lena"]');
  await lena.focus();
  await tab.keyboard.press('Enter');
  await prompt(tab).waitFor();
  expect(await prompt(tab).innerText()).toContain('A student e-mail address (@students.cedarvalley.example)');
  await prompt(tab).getByRole('button', { name: "Don't accept" }).click();
  await expect.poll(() => promptCount(tab)).toBe(0);
  expect(await callsOf(tab)).toEqual([]);
  await tab.locator('[data-person="omar"]').click();
  expect(await outcomeOf(tab, 0)).toBe('call');
  await tab.close();
});

test('Instagram (Spanish labels): a profile "Seguir" with mascot and class hashtag is held', async () => {
  await harness.serve('https://www.instagram.com/noa.cubs/', IG_PAGE);
  const tab = await open('https://www.instagram.com/noa.cubs/');
  await tab.getByRole('button', { name: 'Seguir' }).click();
  await prompt(tab).waitFor();
  const text = await prompt(tab).innerText();
  expect(text).toContain('Send a request to noa.cubs?');
  expect(text).toContain('Mentions the Cubs, the Cedar Valley Middle School mascot');
  expect(text).toContain(`#classof${CURRENT_CLASS + 3}`);
  await prompt(tab).getByRole('button', { name: 'Not a current student, continue' }).click();
  await expect.poll(() => callsOf(tab)).toEqual([{ action: 'send', person: 'noa' }]);
  await tab.close();
});

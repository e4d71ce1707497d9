/**
 * Helpers for the photo checks in the composer fixtures: the shared fixture images, pasting or dropping a
 * file onto an element as the page would see it, and reading the badge, the card and the review dialog.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { badge, card, reviewDialog } from './composer-helpers';

export const IMAGES = resolve('..', 'shared', 'fixtures', 'images');
/** A child's face, close up: one `student-image` finding. */
export const FACES = resolve(IMAGES, 'faces-children', 'kodak_girl_face_paint.jpg');
/** A photo with no people in it: no finding. */
export const NO_PEOPLE = resolve(IMAGES, 'no-people', 'coffee_cup.jpg');
/** A gradebook screenshot: the words read from it give a `confidential` finding. */
export const GRADEBOOK = resolve(IMAGES, 'text', 'gradebook_screenshot.png');
/** A zero-byte "photo": it cannot be checked, which must never block posting. */
export const EMPTY = { name: 'empty.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(0) };

export const PEOPLE_MESSAGE = /This photo shows 1 person\. If any of them are students, parental release forms/;
export const RELEASE = 'Release forms are on file for every student pictured';

/** A fixture image as a file payload (to mix with EMPTY in one `setInputFiles`). */
export function payload(path: string): { name: string; mimeType: string; buffer: Buffer } {
  const name = path.split('/').pop() ?? 'photo.jpg';
  return { name, mimeType: name.endsWith('.png') ? 'image/png' : 'image/jpeg', buffer: readFileSync(path) };
}

/** Paste (or drop) a fixture image onto `target`, as a real clipboard or drag would deliver it. */
export async function sendFile(target: Locator, path: string, how: 'paste' | 'drop'): Promise<void> {
  const base64 = readFileSync(path).toString('base64');
  const name = path.split('/').pop() ?? 'photo.jpg';
  const type = name.endsWith('.png') ? 'image/png' : 'image/jpeg';
  await target.evaluate(
    (element, file) => {
      const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
      const data = new DataTransfer();
      data.items.add(new File([bytes], file.name, { type: file.type }));
      const init = { bubbles: true, cancelable: true, composed: true };
      const event =
        file.how === 'paste'
          ? new ClipboardEvent('paste', { ...init, clipboardData: data })
          : new DragEvent('drop', { ...init, dataTransfer: data });
      element.dispatchEvent(event);
    },
    { base64, name, type, how },
  );
}

/** Wait until the badge says the photos are checked and shows `label` (a finding count or "nothing to flag"). */
export async function waitForBadge(page: Page, label: RegExp): Promise<void> {
  // The first photo loads the models: allow for that on a loaded 2-core machine.
  try {
    await expect.poll(() => badge(page).getAttribute('aria-label'), { timeout: 120_000 }).toMatch(label);
  } catch (e) {
    // Say what the card shows (a "could not check" note says why), not just the badge.
    const shown = await cardText(page).catch(() => '(no card)');
    throw new Error(`${(e as Error).message}\nCard: ${shown}`);
  }
}

/** The badge's card (opened from the badge), as text. */
export async function cardText(page: Page): Promise<string> {
  await badge(page).click();
  await card(page).waitFor();
  const text = await card(page).innerText();
  await card(page).getByRole('button', { name: 'Close' }).click();
  return text;
}

/** What the page's own submit handlers received: text and the names of the photos posted with it. */
export function posted(page: Page): Promise<{ surface: string; text: string; media: string[] }[]> {
  return page.evaluate(() =>
    window.__fixture.submissions.map((s, i) => ({ ...s, media: window.__fixture.media[i] ?? [] })),
  );
}

export function postAnyway(page: Page): Locator {
  return reviewDialog(page).getByRole('button', { name: 'Post anyway' });
}

export function releaseBox(page: Page): Locator {
  return reviewDialog(page).getByRole('checkbox', { name: RELEASE });
}

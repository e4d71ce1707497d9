/**
 * Interprets a site's request data on the page: which accept or send control an event passes through,
 * who the requester is (their card, or the profile page the control sits on) and what the page shows
 * about them. DOM reads only; every selector comes from `lib/sites`.
 */
import { labelEquals } from '../sites/labels';
import { isDisabled } from '../sites/match';
import type { RequestControlSpec, RequestSpec, SiteSpec } from '../sites/types';
import type { Requester } from './signals';

export interface RequestControl {
  control: HTMLElement;
  spec: RequestControlSpec;
}

export interface RequestTarget extends RequestControl {
  requester: Requester;
  /** The site's own id for the person (handle or number), when the page shows one. */
  profileId: string | null;
  /** The requester's card, or null for a profile page's own button. */
  card: HTMLElement | null;
}

const PATH_DEPTH = 10;
const MAX_LINE = 300;
const MAX_LINES = 40;

function controlLabel(element: Element): string {
  return element.getAttribute('aria-label') ?? element.textContent ?? '';
}

export function matchesControl(element: Element, spec: RequestControlSpec): boolean {
  if (!spec.control.some((selector) => element.matches(selector))) return false;
  return !spec.labels || labelEquals(controlLabel(element), spec.labels);
}

/** The request control an event's composed path passes through, if any. */
export function requestControlFromPath(site: SiteSpec, path: readonly EventTarget[]): RequestControl | null {
  const specs = site.requests?.controls ?? [];
  for (const node of path.slice(0, PATH_DEPTH)) {
    if (!(node instanceof HTMLElement)) continue;
    const spec = specs.find((candidate) => matchesControl(node, candidate));
    if (spec) return { control: node, spec };
  }
  return null;
}

/** The profile id in a link's or page's path and query, unless it names one of the site's own sections. */
export function profileIdFrom(href: string, base: string, spec: RequestSpec): string | null {
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return null;
  }
  const path = `${url.pathname}${url.search}`;
  for (const source of spec.profileIds) {
    const id = new RegExp(source).exec(path)?.[1];
    if (id && !spec.reservedPaths.includes(id.toLowerCase())) return id;
  }
  return null;
}

function linkIds(scope: Element, spec: RequestSpec, base: string): string[] {
  const ids = new Set<string>();
  if (!spec.profileLinks.length) return [];
  for (const link of scope.querySelectorAll<HTMLAnchorElement>(spec.profileLinks.join(','))) {
    const id = profileIdFrom(link.getAttribute('href') ?? '', base, spec);
    if (id) ids.add(id);
  }
  return [...ids];
}

/** Nearest ancestor (within `linkDepth`) that links to exactly one profile: one requester's card. */
function cardByLink(control: HTMLElement, spec: RequestSpec, base: string): { card: HTMLElement; id: string } | null {
  let scope = control.parentElement;
  for (let depth = 0; scope && depth < spec.linkDepth; depth++, scope = scope.parentElement) {
    if (scope.matches(spec.linkStop)) return null;
    const ids = linkIds(scope, spec, base);
    if (ids.length === 1) return { card: scope, id: ids[0] as string };
    // Several people: a list, not a card.
    if (ids.length > 1) return null;
  }
  return null;
}

function lines(element: Element | null): string[] {
  if (!element) return [];
  // biome-ignore lint/performance/useDomNodeTextContent: the lines as shown (blocks break lines, hidden text is left out) are what the employee sees.
  const text = (element as HTMLElement).innerText ?? element.textContent ?? '';
  return text
    .split(/\n+/)
    .map((line) => line.trim().slice(0, MAX_LINE))
    .filter(Boolean)
    .slice(0, MAX_LINES);
}

/** The first line shown by the first of `selectors` that shows any text (X's UserName also holds the handle). */
function firstText(scope: ParentNode, selectors: readonly string[]): string {
  for (const selector of selectors) {
    for (const element of scope.querySelectorAll(selector)) {
      const text = lines(element)[0]?.replace(/\s+/g, ' ');
      if (text) return text;
    }
  }
  return '';
}

function profileDetails(doc: Document, groups: readonly string[]): string[] {
  for (const selector of groups) {
    const found = [...doc.querySelectorAll(selector)].flatMap((element) => lines(element));
    if (found.length) return found;
  }
  return [];
}

function controlId(control: HTMLElement, spec: RequestSpec): string | null {
  if (!spec.controlId) return null;
  return new RegExp(spec.controlId).exec(control.getAttribute('data-testid') ?? '')?.[1] ?? null;
}

function fromCard(card: HTMLElement, spec: RequestSpec, id: string | null): Omit<RequestTarget, keyof RequestControl> {
  const details = lines(card);
  const name = firstText(card, spec.name) || details[0] || '';
  const handle = id && !/^\d+$/.test(id) ? id : undefined;
  return { card, profileId: id, requester: { name, handle, details } };
}

/** Who the request is with, read from the page around `control`; null if the control is not about a person. */
export function readTarget(site: SiteSpec, found: RequestControl, doc: Document): RequestTarget | null {
  const spec = site.requests;
  if (!spec) return null;
  const { control } = found;
  const base = doc.location?.href ?? 'https://invalid/';
  const linkId = (scope: Element) => linkIds(scope, spec, base)[0] ?? null;
  const card = spec.cards.map((selector) => control.closest<HTMLElement>(selector)).find(Boolean);
  if (card) return { ...found, ...fromCard(card, spec, linkId(card) ?? controlId(control, spec)) };
  const header = spec.headers.map((selector) => control.closest<HTMLElement>(selector)).find(Boolean);
  const pageId = profileIdFrom(base, base, spec);
  if (header) return { ...found, ...fromCard(header, spec, pageId ?? controlId(control, spec)) };
  const linked = cardByLink(control, spec, base);
  if (linked) return { ...found, ...fromCard(linked.card, spec, linked.id) };
  if (found.spec.scope !== 'card-or-profile') return null;
  const name = firstText(doc, spec.profile.name);
  if (!name && !pageId) return null;
  const details = profileDetails(doc, spec.profile.details);
  const id = pageId ?? controlId(control, spec);
  const handle = id && !/^\d+$/.test(id) ? id : undefined;
  return { ...found, card: null, profileId: id, requester: { name, handle, details: details.slice(0, MAX_LINES) } };
}

/** The same control now (sites re-render rows): the held one if still usable, else found again by person. */
export function refindControl(site: SiteSpec, target: RequestTarget, doc: Document): HTMLElement | null {
  const usable = (element: HTMLElement | null | undefined) =>
    element?.isConnected && !isDisabled(element) ? element : null;
  const own = usable(target.control);
  if (own) return own;
  const scopes: ParentNode[] = target.card?.isConnected ? [target.card] : [doc];
  for (const scope of scopes) {
    for (const selector of target.spec.control) {
      for (const candidate of scope.querySelectorAll<HTMLElement>(selector)) {
        if (!usable(candidate) || !matchesControl(candidate, target.spec)) continue;
        const again = readTarget(site, { control: candidate, spec: target.spec }, doc);
        if (again && again.profileId === target.profileId && again.requester.name === target.requester.name) {
          return candidate;
        }
      }
    }
  }
  return null;
}

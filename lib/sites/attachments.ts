/**
 * Interprets the attachment data of a site: which part of the page is one composer with its media (its
 * scope), which previews are in it, and where a preview's image can be read on the device. DOM queries
 * only; nothing here holds state or fetches anything.
 */
import { anyEditorSelector, findSubmit, recognise } from './match';
import type { SiteSpec, SurfaceSpec } from './types';

const MAX_SCOPE_DEPTH = 12;

function lowestCommonAncestor(a: Element, b: Element): Element | null {
  let node: Element | null = a;
  while (node && !node.contains(b)) node = node.parentElement;
  return node;
}

/** The nearest enclosing scope container the site declares, if any. */
function declaredScope(site: SiteSpec, node: Element): Element | null {
  for (const selector of site.attachments?.scopes ?? []) {
    const scope = node.closest(selector);
    if (scope) return scope;
  }
  return null;
}

/** The composer around an editor: a scope container, else the element holding the editor and its submit control. */
export function attachmentScope(site: SiteSpec, editor: HTMLElement, spec: SurfaceSpec): Element | null {
  if (!site.attachments) return null;
  const declared = declaredScope(site, editor);
  if (declared) return declared;
  const control = findSubmit(editor, spec);
  return control ? lowestCommonAncestor(editor, control) : null;
}

/** The composer a file input, paste or drop target belongs to (before any editor may exist, as on Instagram). */
export function scopeOfTarget(site: SiteSpec, target: Element): Element | null {
  if (!site.attachments) return null;
  const declared = declaredScope(site, target);
  if (declared) return declared;
  const editors = anyEditorSelector(site);
  // Never the whole page: an input hung on <body> belongs to no composer in particular.
  let node: Element | null = target;
  const top = target.ownerDocument.body;
  for (let depth = 0; node && node !== top && depth < MAX_SCOPE_DEPTH; depth++, node = node.parentElement) {
    for (const editor of node.querySelectorAll<HTMLElement>(editors)) {
      const own = recognise(site, editor);
      if (own) return attachmentScope(site, editor, own) ?? node;
    }
  }
  return null;
}

/** The recognised editors inside a scope. */
export function editorsIn(site: SiteSpec, scope: Element): HTMLElement[] {
  return Array.from(scope.querySelectorAll<HTMLElement>(anyEditorSelector(site))).filter((e) => recognise(site, e));
}

/** The attachment previews inside a scope, in page order, each once. */
export function previewsIn(site: SiteSpec, scope: Element): HTMLImageElement[] {
  const selector = site.attachments?.previews.join(',');
  if (!selector) return [];
  return Array.from(scope.querySelectorAll(selector)).filter(
    (e): e is HTMLImageElement => e instanceof HTMLImageElement,
  );
}

/** Every preview on the page (to find composers that gained media without being focused). */
export function allPreviews(site: SiteSpec, doc: Document): HTMLImageElement[] {
  return previewsIn(site, doc.documentElement);
}

/** The preview's image URL if it can be read on the device (blob: or data:), else null (never fetched). */
export function readablePreviewUrl(preview: HTMLImageElement): string | null {
  const src = preview.currentSrc || preview.getAttribute('src') || '';
  return /^(blob|data):/i.test(src) ? src : null;
}

/** Whether a click on `target` opens a file picker for attachments (warm the models up then). */
export function isAttachInput(site: SiteSpec, target: EventTarget | null): boolean {
  const selector = site.attachments?.inputs.join(',');
  return !!selector && target instanceof HTMLInputElement && target.matches(selector);
}

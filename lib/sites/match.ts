/**
 * Interprets the site data: which editable is a known composer surface, which control submits it, and
 * which editors a clicked control submits. DOM queries only; nothing here holds state.
 */
import { labelEquals, labelStartsWith } from './labels';
import type { SiteSpec, SurfaceSpec } from './types';

/** How far up from an editor (or control) to look for its composer's other half. */
const MAX_SCOPE_DEPTH = 12;
const EDITABLE = '[contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]';

/** The editable root an event target belongs to (textarea, or the outermost contenteditable). */
export function editableRoot(target: EventTarget | null): HTMLElement | null {
  if (!(target instanceof Element)) return null;
  if (target instanceof HTMLTextAreaElement) return target.disabled || target.readOnly ? null : target;
  const node = target as HTMLElement;
  if (!node.isContentEditable) return null;
  let root = node.closest<HTMLElement>(EDITABLE);
  while (root?.parentElement?.isContentEditable) {
    const outer = root.parentElement.closest<HTMLElement>(EDITABLE);
    if (!outer) break;
    root = outer;
  }
  return root;
}

export function recognise(site: SiteSpec, editor: HTMLElement): SurfaceSpec | null {
  for (const spec of site.surfaces) {
    if (!spec.editor.some((selector) => editor.matches(selector))) continue;
    if (spec.within && !spec.within.some((selector) => editor.closest(selector))) continue;
    if (spec.editorLabels && !labelStartsWith(editor.getAttribute('aria-label'), spec.editorLabels)) continue;
    return spec;
  }
  return null;
}

function controlLabel(control: Element): string {
  return control.getAttribute('aria-label') ?? control.textContent ?? '';
}

function isSubmitControl(element: Element, spec: SurfaceSpec): boolean {
  if (!spec.submit.some((selector) => element.matches(selector))) return false;
  return !spec.submitLabels || labelEquals(controlLabel(element), spec.submitLabels);
}

/** The submit control of the composer around `editor`: the nearest one found walking up. */
export function findSubmit(editor: HTMLElement, spec: SurfaceSpec): HTMLElement | null {
  let scope: HTMLElement | null = editor.parentElement;
  for (let depth = 0; scope && depth < MAX_SCOPE_DEPTH; depth++, scope = scope.parentElement) {
    for (const selector of spec.submit) {
      for (const candidate of scope.querySelectorAll<HTMLElement>(selector)) {
        if (isSubmitControl(candidate, spec) && !editor.contains(candidate)) return candidate;
      }
    }
  }
  return null;
}

export interface SubmitTarget {
  /** null for a keyboard submit whose composer has no recognisable button. */
  control: HTMLElement | null;
  spec: SurfaceSpec;
  /** Every editor that control submits (a thread has several). */
  editors: HTMLElement[];
}

const editorSelectors = new WeakMap<SiteSpec, string>();
/** One selector matching every editor any surface of `site` may use. */
export function anyEditorSelector(site: SiteSpec): string {
  let selector = editorSelectors.get(site);
  if (!selector) {
    selector = [...new Set(site.surfaces.flatMap((spec) => spec.editor))].join(',');
    editorSelectors.set(site, selector);
  }
  return selector;
}

/** The editors nearest to `control` whose own surface is submitted by that control. */
function editorsAround(site: SiteSpec, control: HTMLElement): HTMLElement[] {
  let scope: HTMLElement | null = control.parentElement;
  for (let depth = 0; scope && depth < MAX_SCOPE_DEPTH; depth++, scope = scope.parentElement) {
    const found: HTMLElement[] = [];
    for (const candidate of scope.querySelectorAll<HTMLElement>(anyEditorSelector(site))) {
      const own = recognise(site, candidate);
      if (own && isSubmitControl(control, own)) found.push(candidate);
    }
    if (found.length) return found;
  }
  return [];
}

/** If `path` (an event's composed path) passes through a composer's submit control, that control. */
export function submitTargetFromPath(site: SiteSpec, path: readonly EventTarget[]): SubmitTarget | null {
  for (const node of path.slice(0, 10)) {
    if (!(node instanceof HTMLElement)) continue;
    if (!site.surfaces.some((spec) => isSubmitControl(node, spec))) continue;
    const editors = editorsAround(site, node);
    const spec = editors[0] && recognise(site, editors[0]);
    if (spec) return { control: node, spec, editors };
  }
  return null;
}

/** True for controls the browser itself activates on Enter/Space (those arrive as a click). */
export function isNativeButton(element: Element): boolean {
  return element instanceof HTMLButtonElement || (element instanceof HTMLInputElement && element.type === 'submit');
}

/** The control that submits `editor` and every editor it submits (X threads), for keyboard submits. */
export function submitTargetForEditor(site: SiteSpec, editor: HTMLElement, spec: SurfaceSpec): SubmitTarget {
  const control = findSubmit(editor, spec);
  const editors = control ? editorsAround(site, control) : [];
  return { control, spec, editors: editors.includes(editor) ? editors : [editor] };
}

export function isDisabled(control: Element): boolean {
  return (control as HTMLButtonElement).disabled === true || control.getAttribute('aria-disabled') === 'true';
}

/** Whether a key press submits from inside an editor of this surface (IME composition is checked by the caller). */
export function keySubmits(spec: SurfaceSpec, event: KeyboardEvent): boolean {
  if (event.key !== 'Enter') return false;
  if (spec.keySubmit === 'mod-enter') return event.ctrlKey || event.metaKey;
  if (spec.keySubmit === 'enter') return !event.shiftKey && !event.ctrlKey && !event.metaKey && !event.altKey;
  return false;
}

/** Surfaces that can only be submitted through their button: without it Preflight cannot hold the post. */
export function needsSubmitControl(spec: SurfaceSpec): boolean {
  return spec.keySubmit !== 'enter';
}

/** Whether the page shows at least one composer this site spec recognises (looks at the first few editables). */
export function hasComposer(site: SiteSpec, doc: Document): boolean {
  const candidates = doc.querySelectorAll<HTMLElement>(anyEditorSelector(site));
  for (let i = 0; i < candidates.length && i < 50; i++) {
    if (recognise(site, candidates[i] as HTMLElement)) return true;
  }
  return false;
}

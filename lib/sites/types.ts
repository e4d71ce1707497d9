/**
 * Sites are data: each supported site is one `SiteSpec` (hosts, composer surfaces with selectors and
 * fallbacks, localized labels, identity sources). The matching code in `match.ts` and `identity.ts`
 * interprets these; nothing else in the extension holds a selector.
 */
import type { Platform, Surface } from '../checker/types';

export type EditorKind = 'draft' | 'lexical' | 'textarea' | 'contenteditable';

/** Which key press submits from inside the editor. */
export type KeySubmit = 'mod-enter' | 'enter' | 'none';

/** Localized words per language (`document.documentElement.lang` base), matched after normalizing. */
export type LabelTable = Partial<Record<'en' | 'es' | 'pt' | 'fr', readonly string[]>>;

export interface SurfaceSpec {
  /** Stable id, e.g. `x-post`; the tab status and decision log use the site, not this. */
  id: string;
  surface: Surface;
  kind: EditorKind;
  /** Selectors for the editable itself; the first that matches wins. */
  editor: readonly string[];
  /** The editor's aria-label must start with one of these (any language). */
  editorLabels?: LabelTable;
  /** The editor must sit inside one of these. */
  within?: readonly string[];
  keySubmit: KeySubmit;
  /** Selectors for the submit control, searched in the composer around the editor. */
  submit: readonly string[];
  /** The control's aria-label or text must equal one of these (any language). */
  submitLabels?: LabelTable;
}

/** Where the acting account is read from, in order; see sites.md "Active account". */
export type IdentitySource =
  /** `data-testid` suffix after `prefix` on the first element matching `selector` (X avatar). */
  | { from: 'testid-suffix'; selector: string; prefix: string }
  /** First path segment of the `href` of `selector` (X profile link). */
  | { from: 'href-path'; selector: string }
  /** A numeric id cookie; the first one set is the acting account (a switched-into Page before its owner). */
  | { from: 'cookie'; name: string }
  /** Inline JSON `<script>` that mentions `marker`, with the actor's id and name (a handle or a display name). */
  | { from: 'json-script'; marker: string; idKey: string; nameKeys: readonly string[]; as: 'handle' | 'name' }
  /** The aria-label of an editor naming the acting profile ("Comment as <Name>"). */
  | { from: 'label-prefix'; selector: string; prefixes: LabelTable };

/**
 * Attached photos as the site shows them before posting: the previews are the ground truth of what will
 * be posted (a removed preview is no longer checked). Previews are read only from `blob:`/`data:` URLs
 * (the file the employee picked, already on the device); nothing is ever fetched from the network.
 */
export interface AttachmentSpec {
  /** Preview images of attached media (img elements), looked for in the composer's scope. */
  previews: readonly string[];
  /** Containers holding a whole composer with its media (a Create post dialog); otherwise the scope is the
   * smallest element holding both the editor and its submit control. */
  scopes?: readonly string[];
  /** File inputs that attach media: a click on one warms the image models up. */
  inputs: readonly string[];
}

export type RequestAction = 'accept' | 'send';

/** Page landmarks: never one requester's card. */
export const LANDMARKS = 'main, [role="main"], [role="dialog"], nav, header, body';

/** The "Confirm" that accepts a request on Facebook and Instagram. */
export const CONFIRM_LABELS: LabelTable = { en: ['Confirm'], es: ['Confirmar'], pt: ['Confirmar'], fr: ['Confirmer'] };

/** A control that accepts a friend/follow request or sends one (see sites.md "Follow", "Confirm"). */
export interface RequestControlSpec {
  id: string;
  action: RequestAction;
  /** Selectors for the control itself, matched on the click's or key press's path. */
  control: readonly string[];
  /** Its aria-label or text must equal one of these (any language); without: the selector decides. */
  labels?: LabelTable;
  /** `card`: only inside a requester's card; `card-or-profile`: also a profile page's own button. */
  scope: 'card' | 'card-or-profile';
}

/** Where the person behind a request is shown, and how to tell who they are. */
export interface RequestSpec {
  controls: readonly RequestControlSpec[];
  /** A requester's card: the nearest ancestor of the control matching one of these... */
  cards: readonly string[];
  /** ...or a profile header the control sits in... */
  headers: readonly string[];
  /** ...or the nearest ancestor (up to `linkDepth` levels) holding a link to one profile. */
  profileLinks: readonly string[];
  linkDepth: number;
  /** The walk up to a card stops at these (page landmarks hold many people, or the page's own owner). */
  linkStop: string;
  /** The display name inside a card or header (else its first line). */
  name: readonly string[];
  /**
   * A profile page's own name and detail lines, for a control outside any card. `details` are tried in
   * order and the first that shows any text is used (each may list several selectors, comma-separated).
   */
  profile: { name: readonly string[]; details: readonly string[] };
  /** Regular expressions on a link's (or the page's) path and query: group 1 is the profile id. */
  profileIds: readonly string[];
  /** First path segments that are never a person (`/explore`, `/friends`...). */
  reservedPaths: readonly string[];
  /** A `data-testid` pattern on the control naming the profile (X `<id>-follow`): group 1. */
  controlId?: string;
}

export interface SiteSpec {
  platform: Platform;
  /** Friend and follow request controls; absent: the site has no request guard. */
  requests?: RequestSpec;
  /** Host names this spec serves (also the manifest's host permissions, with `*://` and `/*`). */
  hosts: readonly string[];
  /** Surfaces in priority order: the first that recognises an editor wins. */
  surfaces: readonly SurfaceSpec[];
  identity: readonly IdentitySource[];
  /** Prefix shown before a handle in "Posting as …". */
  handlePrefix: string;
  /** Photo attachments; absent: images are not checked on this site. */
  attachments?: AttachmentSpec;
}

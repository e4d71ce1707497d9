// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import {
  attachmentScope,
  editorsIn,
  isAttachInput,
  previewsIn,
  readablePreviewUrl,
  scopeOfTarget,
} from './attachments';
import { FACEBOOK_SITE } from './facebook';
import { INSTAGRAM_SITE } from './instagram';
import { recognise } from './match';
import { X_SITE } from './x';

const $ = <T extends Element = HTMLElement>(selector: string) => document.querySelector(selector) as T;

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('X', () => {
  beforeEach(() => {
    document.body.innerHTML = `
      <article data-testid="tweet"><div data-testid="tweetPhoto"><img id="feed" src="https://pbs.twimg.com/a.jpg"></div></article>
      <div id="composer">
        <div contenteditable="true" role="textbox" data-testid="tweetTextarea_0"></div>
        <div data-testid="attachments">
          <div data-testid="tweetPhoto"><img id="a" src="blob:https://x.com/1"><button data-testid="removeMedia"></button></div>
          <div data-testid="tweetPhoto"><img id="b" src="https://pbs.twimg.com/media/uploaded.jpg"></div>
        </div>
        <div data-testid="toolBar"><input type="file" data-testid="fileInput" multiple><button data-testid="tweetButtonInline">Post</button></div>
      </div>`;
  });

  test('the composer is the part holding the editor and its Post button; only its previews count', () => {
    const editor = $<HTMLElement>('[data-testid="tweetTextarea_0"]');
    const spec = recognise(X_SITE, editor);
    if (!spec) throw new Error('not recognised');
    const scope = attachmentScope(X_SITE, editor, spec);
    expect(scope).toBe($('#composer'));
    expect(previewsIn(X_SITE, scope as Element).map((img) => img.id)).toEqual(['a', 'b']);
    expect(scopeOfTarget(X_SITE, $('[data-testid="fileInput"]'))).toBe(scope);
    expect(editorsIn(X_SITE, scope as Element)).toEqual([editor]);
  });

  test('previews are read only from blob: or data: URLs, never from the network', () => {
    expect(readablePreviewUrl($('#a'))).toBe('blob:https://x.com/1');
    expect(readablePreviewUrl($('#b'))).toBeNull();
    expect(readablePreviewUrl($('#feed'))).toBeNull();
  });

  test('a click on the file input is an attach (warm-up) signal; other inputs are not', () => {
    expect(isAttachInput(X_SITE, $('[data-testid="fileInput"]'))).toBe(true);
    expect(isAttachInput(X_SITE, $('[data-testid="tweetButtonInline"]'))).toBe(false);
  });
});

describe('Facebook and Instagram', () => {
  test('the Create post dialog is the scope; the poster’s avatar (a CDN image) is not an attachment', () => {
    document.body.innerHTML = `
      <div role="dialog" aria-label="Create post"><img src="https://scontent.xx.fbcdn.net/avatar.jpg">
        <form><div contenteditable="true" data-lexical-editor="true" role="textbox" aria-label="What's on your mind?"></div>
          <img id="p" alt="kid.jpg" src="blob:https://www.facebook.com/9"></form></div>
      <input type="file" id="outside">`;
    const editor = $<HTMLElement>('[data-lexical-editor]');
    const spec = recognise(FACEBOOK_SITE, editor);
    if (!spec) throw new Error('not recognised');
    const scope = attachmentScope(FACEBOOK_SITE, editor, spec);
    expect(scope).toBe($('[role="dialog"]'));
    expect(previewsIn(FACEBOOK_SITE, scope as Element).map((img) => img.id)).toEqual(['p']);
    expect(scopeOfTarget(FACEBOOK_SITE, $('#outside'))).toBeNull();
  });

  test('Instagram: photos picked before the caption exists belong to the Create new post dialog', () => {
    document.body.innerHTML = `<div role="dialog" aria-label="Create new post"><input type="file"><img src="blob:https://www.instagram.com/2"></div>`;
    expect(scopeOfTarget(INSTAGRAM_SITE, $('input'))).toBe($('[role="dialog"]'));
    expect(editorsIn(INSTAGRAM_SITE, $('[role="dialog"]'))).toEqual([]);
  });
});

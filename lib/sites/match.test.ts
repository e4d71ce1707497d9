// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { FACEBOOK_SITE } from './facebook';
import { INSTAGRAM_SITE } from './instagram';
import { editableRoot, findSubmit, keySubmits, recognise, submitTargetForEditor, submitTargetFromPath } from './match';
import { X_SITE } from './x';

const $ = <T extends HTMLElement = HTMLElement>(selector: string) => document.querySelector(selector) as T;

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('X', () => {
  beforeEach(() => {
    document.body.innerHTML = `
      <div id="thread">
        <div data-testid="tweetTextarea_0RichTextInputContainer">
          <div class="public-DraftEditor-content" contenteditable="true" role="textbox" data-testid="tweetTextarea_0"><div data-block="true"><span data-text="true">a</span></div></div>
        </div>
        <div data-testid="tweetTextarea_1RichTextInputContainer">
          <div class="public-DraftEditor-content" contenteditable="true" role="textbox" data-testid="tweetTextarea_1"></div>
        </div>
        <div data-testid="toolBar"><button data-testid="tweetButton"><span>Post all</span></button></div>
      </div>
      <div data-testid="inline_reply_offscreen">
        <div contenteditable="true" role="textbox" data-testid="tweetTextarea_0" id="reply"></div>
        <button data-testid="tweetButtonInline">Reply</button>
      </div>
      <textarea data-testid="dm-composer-textarea"></textarea><button data-testid="dm-composer-send-button">Send</button>`;
  });

  test('recognises posts, replies and Chat by their data-testids, not the wrappers that share the prefix', () => {
    expect(recognise(X_SITE, $('[data-testid="tweetTextarea_0"]'))?.id).toBe('x-post');
    expect(recognise(X_SITE, $('#reply'))?.id).toBe('x-reply');
    expect(recognise(X_SITE, $('[data-testid="dm-composer-textarea"]'))?.id).toBe('x-chat');
    expect(recognise(X_SITE, $('[data-testid="tweetTextarea_0RichTextInputContainer"]'))).toBeNull();
  });

  test('a click inside the Post button submits every editor of the thread', () => {
    const span = $('[data-testid="tweetButton"] span');
    const path = [span, span.parentElement, span.parentElement?.parentElement, document.body] as EventTarget[];
    const target = submitTargetFromPath(X_SITE, path);
    expect(target?.control).toBe($('[data-testid="tweetButton"]'));
    expect(target?.editors.map((e) => e.dataset.testid)).toEqual(['tweetTextarea_0', 'tweetTextarea_1']);
  });

  test('the keyboard submit of an editor finds the same control and thread', () => {
    const editor = $('[data-testid="tweetTextarea_1"]');
    const spec = recognise(X_SITE, editor);
    if (!spec) throw new Error('not recognised');
    const target = submitTargetForEditor(X_SITE, editor, spec);
    expect(target.control).toBe($('[data-testid="tweetButton"]'));
    expect(target.editors).toHaveLength(2);
    expect(keySubmits(spec, new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true }))).toBe(true);
    expect(keySubmits(spec, new KeyboardEvent('keydown', { key: 'Enter', metaKey: true }))).toBe(true);
    expect(keySubmits(spec, new KeyboardEvent('keydown', { key: 'Enter' }))).toBe(false);
  });

  test('editableRoot climbs from an inner text node to the editable root', () => {
    expect(editableRoot($('[data-text="true"]'))).toBe($('[data-testid="tweetTextarea_0"]'));
    expect(editableRoot($('[data-testid="toolBar"]'))).toBeNull();
  });
});

describe('Facebook', () => {
  const lexical = (label: string, id: string) =>
    `<div id="${id}" contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="${label}"><p><br></p></div>`;

  test('comments, replies, Messenger and the post dialog are told apart by labels and structure', () => {
    document.body.innerHTML = `
      ${lexical('Comment as Alex Rivera', 'comment')}
      <div id="focused-state-composer-submit"><div role="button" aria-label="Comment"></div></div>
      ${lexical('Reply to Sam Lee', 'reply')}
      ${lexical('Message', 'messenger')}
      <div role="dialog" aria-label="Create post"><form>${lexical("What's on your mind, Alex?", 'post')}
        <div role="button" aria-label="Photo/video"></div><div role="button" aria-label="Post"></div></form></div>
      ${lexical('Kommentieren als Alex Rivera', 'german')}`;
    expect(recognise(FACEBOOK_SITE, $('#comment'))?.id).toBe('facebook-comment');
    expect(recognise(FACEBOOK_SITE, $('#reply'))?.id).toBe('facebook-reply');
    expect(recognise(FACEBOOK_SITE, $('#messenger'))?.id).toBe('facebook-messenger');
    expect(recognise(FACEBOOK_SITE, $('#post'))?.id).toBe('facebook-post');
    expect(recognise(FACEBOOK_SITE, $('#german'))).toBeNull();
    const post = recognise(FACEBOOK_SITE, $('#post'));
    expect(post && findSubmit($('#post'), post)).toBe($('[aria-label="Post"]'));
  });

  test('a post dialog whose Post button has an unknown label has no submit control', () => {
    document.body.innerHTML = `<div role="dialog"><form>${lexical('Was machst du gerade?', 'post')}
      <div role="button" aria-label="Posten"></div></form></div>`;
    const spec = recognise(FACEBOOK_SITE, $('#post'));
    expect(spec?.id).toBe('facebook-post');
    expect(spec && findSubmit($('#post'), spec)).toBeNull();
  });
});

describe('Instagram', () => {
  test('the comment textarea, its Post button (by text) and the caption', () => {
    document.body.innerHTML = `
      <form><textarea aria-label="Add a comment…"></textarea><div role="button" tabindex="0">Post</div></form>
      <div role="dialog"><div contenteditable="true" role="textbox" aria-label="Write a caption..." id="caption"></div>
        <div role="button">Share</div></div>`;
    const comment = $('textarea');
    expect(recognise(INSTAGRAM_SITE, comment)?.id).toBe('instagram-comment');
    expect(recognise(INSTAGRAM_SITE, $('#caption'))?.id).toBe('instagram-caption');
    const button = $('form [role="button"]');
    expect(submitTargetFromPath(INSTAGRAM_SITE, [button, button.parentElement as HTMLElement])?.editors).toEqual([
      comment,
    ]);
    const shift = new KeyboardEvent('keydown', { key: 'Enter', shiftKey: true });
    const spec = recognise(INSTAGRAM_SITE, comment);
    expect(spec && keySubmits(spec, shift)).toBe(false);
    expect(spec && keySubmits(spec, new KeyboardEvent('keydown', { key: 'Enter' }))).toBe(true);
  });
});

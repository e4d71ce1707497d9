// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { domPosition, readEditor, readerKind } from './index';

function element(html: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = html;
  return host.firstElementChild as HTMLElement;
}

describe('editor readers', () => {
  test('Draft.js: one line per block, empty lines kept, offsets map back to text nodes', () => {
    const editor = element(`<div class="public-DraftEditor-content" contenteditable="true"><div data-contents="true">
      <div data-block="true"><div><span><span data-text="true">Hello </span></span><span><span data-text="true">world</span></span></div></div>
      <div data-block="true"><div><span><br data-text="true"></span></div></div>
      <div data-block="true"><div><span><span data-text="true">call 2019-33417</span></span></div></div>
    </div></div>`);
    expect(readerKind(editor)).toBe('draft');
    const mapped = readEditor(editor);
    expect(mapped.text).toBe('Hello world\n\ncall 2019-33417');
    const [node, offset] = domPosition(mapped, mapped.text.indexOf('2019'), false) ?? [];
    expect(node?.textContent).toBe('call 2019-33417');
    expect(offset).toBe(5);
    const [endNode, endOffset] = domPosition(mapped, 'Hello '.length, true) ?? [];
    expect(endNode?.textContent).toBe('Hello ');
    expect(endOffset).toBe(6);
  });

  test('Lexical: soft breaks count, the managed trailing <br> and empty paragraphs do not, emoji images read as their alt', () => {
    const editor = element(
      `<div contenteditable="true" data-lexical-editor="true"><p><span data-lexical-text="true">Hi</span><br><span data-lexical-text="true">there</span></p><p><br></p><p><span data-lexical-text="true">go</span><img alt="🎉"><br><br></p></div>`,
    );
    expect(readerKind(editor)).toBe('lexical');
    expect(readEditor(editor).text).toBe('Hi\nthere\n\ngo🎉\n');
  });

  test('a textarea reads its value; any other contenteditable breaks lines between blocks', () => {
    const area = document.createElement('textarea');
    area.value = 'line one\nline two';
    expect(readEditor(area).text).toBe('line one\nline two');
    const plain = element('<div contenteditable="true"><div>one</div><div>two<br>three</div></div>');
    expect(readerKind(plain, 'lexical')).toBe('lexical');
    expect(readEditor(plain, 'contenteditable').text).toBe('one\ntwo\nthree');
  });
});

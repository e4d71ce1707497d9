/**
 * Where a textarea's characters are on screen. A textarea's text is not in the DOM, so a hidden mirror
 * element in Preflight's shadow root copies its box and font and is measured instead.
 */
const COPIED = [
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-variant',
  'letter-spacing',
  'word-spacing',
  'line-height',
  'text-transform',
  'text-indent',
  'text-align',
  'direction',
  'tab-size',
  'white-space',
  'overflow-wrap',
  'word-break',
  'box-sizing',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'border-top-width',
  'border-right-width',
  'border-bottom-width',
  'border-left-width',
];

function clip(rect: DOMRect, box: DOMRect): DOMRect | null {
  const left = Math.max(rect.left, box.left);
  const top = Math.max(rect.top, box.top);
  const right = Math.min(rect.right, box.right);
  const bottom = Math.min(rect.bottom, box.bottom);
  return right > left && bottom > top ? new DOMRect(left, top, right - left, bottom - top) : null;
}

/** Viewport rectangles of each `[start, end)` span of the textarea's value (clipped to its visible box). */
export function textareaSpanRects(
  textarea: HTMLTextAreaElement,
  spans: readonly { start: number; end: number }[],
  mirror: HTMLElement,
): DOMRect[][] {
  const style = getComputedStyle(textarea);
  for (const property of COPIED) mirror.style.setProperty(property, style.getPropertyValue(property));
  const box = textarea.getBoundingClientRect();
  Object.assign(mirror.style, {
    left: `${box.left}px`,
    top: `${box.top}px`,
    width: `${box.width}px`,
    height: `${box.height}px`,
    borderStyle: 'solid',
    borderColor: 'transparent',
  });
  mirror.textContent = `${textarea.value}\u200b`;
  mirror.scrollTop = textarea.scrollTop;
  mirror.scrollLeft = textarea.scrollLeft;
  const text = mirror.firstChild as Text;
  const range = new Range();
  const result = spans.map(({ start, end }) => {
    range.setStart(text, Math.min(start, text.length));
    range.setEnd(text, Math.min(end, text.length));
    return Array.from(range.getClientRects(), (rect) => clip(rect, box)).filter((rect): rect is DOMRect => !!rect);
  });
  mirror.textContent = '';
  return result;
}

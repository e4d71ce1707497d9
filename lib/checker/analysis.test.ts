import { describe, expect, test } from 'vitest';
import { analyzeChunks, clearChunkCache, MAX_CHUNK, splitChunks } from './analysis';
import { check } from './index';
import { PERSONAL } from './test-helpers';

const parts = (...texts: string[]) => texts.map((text) => ({ text }));

describe('chunk cache', () => {
  test('a chunk used by the previous check is reused, not parsed again', () => {
    clearChunkCache();
    const [first] = analyzeChunks(parts('Practice is at four today.'));
    const [again, edited] = analyzeChunks(parts('Practice is at four today.', 'Bring water'));
    expect(again?.chunk).toBe(first?.chunk);
    expect(edited?.chunk.text).toBe('Bring water');
  });

  test('a chunk no recent check used is parsed again', () => {
    clearChunkCache();
    const [old] = analyzeChunks(parts('Picture day is Thursday.'));
    for (let i = 0; i < 20; i++) analyzeChunks(parts(`Other post number ${i}.`));
    const [fresh] = analyzeChunks(parts('Picture day is Thursday.'));
    expect(fresh?.chunk).not.toBe(old?.chunk);
    expect(fresh?.chunk.canon).toBe(old?.chunk.canon);
  });

  test('a long post keeps all its chunks while it is edited', () => {
    clearChunkCache();
    const sentences = Array.from({ length: 300 }, (_, i) => `Sentence number ${i} is here.`);
    const before = analyzeChunks(parts(...sentences));
    const after = analyzeChunks(parts(...sentences.slice(0, -1), 'Sentence number 299 is here now.'));
    expect(after.slice(0, -1).every((part, i) => part.chunk === before[i]?.chunk)).toBe(true);
  });
});

describe('chunk length', () => {
  const joined = (chunks: { text: string; offset: number }[], text: string) =>
    chunks.every((c) => text.slice(c.offset, c.offset + c.text.length) === c.text) &&
    chunks.map((c) => c.text).join('') === text;

  test('a long run without sentence ends is cut after spaces into chunks of at most MAX_CHUNK', () => {
    const text = Array.from({ length: 600 }, (_, i) => `word${i}`).join(' ');
    const chunks = splitChunks(text);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.every((c) => c.text.length <= MAX_CHUNK)).toBe(true);
    expect(chunks.slice(0, -1).every((c) => c.text.endsWith(' '))).toBe(true);
    expect(joined(chunks, text)).toBe(true);
  });

  test('with no space to cut at, a chunk is cut between characters, never inside a surrogate pair', () => {
    const text = '\u3007🖕'.repeat(2000);
    const chunks = splitChunks(text);
    expect(chunks.every((c) => c.text.length <= MAX_CHUNK)).toBe(true);
    expect(chunks.every((c) => !/[\ud800-\udbff]$/.test(c.text) && !/^[\udc00-\udfff]/.test(c.text))).toBe(true);
    expect(joined(chunks, text)).toBe(true);
  });

  test('sentences and lines shorter than the limit are not cut', () => {
    const text = `${'a '.repeat(400)}end.\nNext line here. And more`;
    expect(splitChunks(text).map((c) => c.text)).toEqual([`${'a '.repeat(400)}end.\n`, 'Next line here. ', 'And more']);
  });

  test('an insult in the middle of a 3,000-character run-on is still found at its place', () => {
    const filler = 'we talked about the schedule and the buses and the lunch menu ';
    const text = `${filler.repeat(25)}you are a worthless idiot ${filler.repeat(25)}`;
    const at = text.indexOf('worthless idiot');
    const found = check(text, PERSONAL).filter((f) => f.category === 'derogatory');
    expect(found.some((f) => f.start <= at && f.end >= at + 'worthless idiot'.length - 6)).toBe(true);
  });
});

import { describe, expect, test } from 'vitest';
import { analyzeChunks, clearChunkCache } from './analysis';

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

import { describe, expect, test } from 'vitest';
import { analyzeChunks } from './analysis';
import { candidates, compile, matchTokens } from './pattern';

const chunk = (text: string) => {
  const [part] = analyzeChunks([{ text }]);
  if (!part) throw new Error('no chunk');
  return part.chunk;
};

describe('candidates', () => {
  const patterns = [compile('vote yes'), compile('picture day'), compile('(dumb|stupid) kid')];
  const which = candidates(patterns);

  test('picks every pattern whose anchor words the chunk has, in order', () => {
    expect(which(chunk('Vote yes on picture day.'))).toEqual([0, 1]);
    expect(which(chunk('What a stupid kid.'))).toEqual([2]);
  });

  test('picks nothing when no anchor word is there', () => {
    expect(which(chunk('Practice is moved to the aux gym.'))).toEqual([]);
  });

  test('never leaves out a pattern that matches', () => {
    const texts = ['Vote yes!', 'picture day is Thursday', 'such a dumb kid', 'yes vote', 'kid dumb'];
    for (const text of texts) {
      const c = chunk(text);
      const matching = patterns.flatMap((p, i) => (matchTokens(c, p).length ? [i] : []));
      for (const i of matching) expect(which(c)).toContain(i);
    }
  });
});

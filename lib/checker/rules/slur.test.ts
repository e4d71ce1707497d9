import { describe, test } from 'vitest';
import { expectAllows, expectFlags } from '../test-helpers';

describe('slur', () => {
  test.each([
    { text: 'these r3tards in my fourth period', span: 'r3tards' },
    { text: 'that song is so gay lol', span: 'gay' },
    { text: 'sp3d kids again, great', span: 'sp3d' },
    { text: 'go home, faggot', span: 'faggot' },
  ])('flags $text', (c) => expectFlags('slur', c));

  test.each([
    { text: 'We read about the history of the n-word debate in literature' },
    { text: 'Proud of our Gay-Straight Alliance for the kindness fair' },
    { text: 'The sped caseload meeting moved to Tuesday' },
    { text: 'He found the chink in their armor in the fourth quarter' },
    { text: 'The Negro Leagues exhibit opens at the museum Saturday' },
  ])('allows $text', (c) => expectAllows('slur', c));
});

import { describe, test } from 'vitest';
import { DISTRICT, expectAllows, expectFlags } from '../test-helpers';

// The wording model scores each of these above its political threshold (0.55 to 0.99 when this test
// was written); only posts about an election or politics may be called advocacy.
describe('political-wording', () => {
  test.each([
    { text: 'Our kids are counting on you on May 20. #PassTheLevy', context: DISTRICT },
    { text: "Tigers, let's get it done this fall 🗳️ New roof, new gym floor.", context: DISTRICT },
  ])('flags $text', (c) => expectFlags('political-wording', c));

  test.each([
    {
      text: 'Eagles fall 3-2 to Westbrook in double OT. Heartbreaker, but what a fight. Proud of this group 💙',
      context: DISTRICT,
    },
    { text: 'You are the laziest bunch of sophomores I have had in years. Do your homework.', context: DISTRICT },
    { text: 'VOTE for our new mascot name!! Otter, Owl or Orca? Voting closes Friday', context: DISTRICT },
    // A class-year hashtag is not a campaign one.
    { text: 'Pep rally recap: our seniors crushed the juniors in tug-of-war again 💪 #ClassOf2026', context: DISTRICT },
  ])('allows $text', (c) => expectAllows('political-wording', c));
});

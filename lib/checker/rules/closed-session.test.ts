import { describe, test } from 'vitest';
import { expectAllows, expectFlags } from '../test-helpers';

describe('closed-session', () => {
  test.each([
    {
      text: 'In the confidential bargaining session the board offered 2%, and they told us not to share it',
      span: 'confidential bargaining session',
    },
    { text: 'In closed session last night the board agreed to close Elm Elementary', span: 'closed session' },
    { text: 'district is settling the Hale lawsuit next week', span: 'settling the Hale lawsuit' },
    { text: 'the door code for the gym is 4471', span: 'door code' },
    { text: 'board is cutting 12 positions, not public yet', span: 'not public yet' },
    { text: "The code word for the all-clear is 'pineapple', don't tell the kids", span: 'code word for' },
    { text: 'Security cameras by the gym doors have been broken since break' },
  ])('flags $text', (c) => expectFlags('closed-session', c));

  test.each([
    { text: 'Our peer mediation program trained 30 new student mediators' },
    { text: 'Board meeting tonight at 7, open session agenda posted online' },
    { text: 'between us, I think pineapple pizza is great' },
    { text: 'Our secret code word game was a hit in 2nd grade today!' },
    { text: 'Thank you to the PTA for the new security cameras in the front lobby!' },
  ])('allows $text', (c) => expectAllows('closed-session', c));
});

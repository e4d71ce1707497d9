import { describe, test } from 'vitest';
import { DISTRICT, expectAllows, expectFlags, PERSONAL } from '../test-helpers';

describe('political-advocacy', () => {
  test.each([
    { text: 'Vote YES on Proposition 12 this Tuesday!', context: DISTRICT },
    { text: 'Re-elect Dana Ruiz for school board', context: DISTRICT },
    { text: 'Proud of our staff at the levy rally #YesOnLevy', context: DISTRICT },
    { text: 'We need this bond to pass. Ballots due Nov 4.', context: DISTRICT },
    { text: 'Issue 3 would gut our budget. Vote it down.', context: DISTRICT },
  ])('flags $text', (c) => expectFlags('political-advocacy', c));

  test.each([
    { text: 'Vote YES on Proposition 12 this Tuesday!', context: PERSONAL },
    { text: 'Ballots for the bond election are due November 4 at 8 pm.', context: DISTRICT },
    { text: 'Candidate forum Thursday: all five candidates invited.', context: DISTRICT },
    { text: 'Vote for our new mascot name by Friday!', context: DISTRICT },
    { text: 'Our gym is a polling place today; use the north entrance.', context: DISTRICT },
  ])('allows $text', (c) => expectAllows('political-advocacy', c));
});

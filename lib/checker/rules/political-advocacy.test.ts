import { describe, test } from 'vitest';
import { DISTRICT, expectAllows, expectFlags, PERSONAL } from '../test-helpers';

describe('political-advocacy', () => {
  test.each([
    { text: 'Vote YES on Proposition 12 this Tuesday!', context: DISTRICT },
    { text: 'Re-elect Dana Ruiz for school board', context: DISTRICT },
    { text: 'Proud of our staff at the levy rally #YesOnLevy', context: DISTRICT },
    { text: 'We need this bond to pass. Ballots due Nov 4.', context: DISTRICT },
    { text: 'Issue 3 would gut our budget. Vote it down.', context: DISTRICT },
    { text: 'Thanks for the coffee, boosters! Our whole staff says YES on K.', context: DISTRICT, span: 'YES on K' },
    {
      text: 'Our band room floods every spring. The levy fixes it. Let us make this dream come true on November 3!',
      context: DISTRICT,
    },
  ])('flags $text', (c) => expectFlags('political-advocacy', c));

  test.each([
    { text: 'Vote YES on Proposition 12 this Tuesday!', context: PERSONAL },
    { text: 'Ballots for the bond election are due November 4 at 8 pm.', context: DISTRICT },
    { text: 'Candidate forum Thursday: all five candidates invited.', context: DISTRICT },
    { text: 'Vote for our new mascot name by Friday!', context: DISTRICT },
    { text: 'Our gym is a polling place today; use the north entrance.', context: DISTRICT },
    { text: 'I said yes on a whim and now I coach JV', context: DISTRICT },
    { text: "Let's make it happen this Tuesday, team: state semifinal at 7!", context: DISTRICT },
  ])('allows $text', (c) => expectAllows('political-advocacy', c));
});

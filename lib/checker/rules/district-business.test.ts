import { describe, test } from 'vitest';
import { DISTRICT, expectAllows, expectFlags } from '../test-helpers';

describe('district-business', () => {
  test.each([
    { text: 'Soccer practice is CANCELLED today, field is flooded. Parents please pick up at 3:15.' },
    { text: 'Parents: field trip forms and $8 are due Friday!' },
    { text: 'Message me here instead of my school email about grades' },
    { text: 'OFFICIAL: Pine Middle will run on a 2-hour delay tomorrow. Please share with families.' },
    { text: 'Field trip money can be sent to my Venmo, $15 per student' },
    { text: 'Graduation is at 7 pm on Friday, four tickets per graduate' },
    { text: 'Track parents please update emergency contact forms by Monday' },
    { text: 'Picture day is moved to Thursday! —Mrs. Tate, Oakdale Elementary' },
  ])('flags $text', (c) => expectFlags('district-business', c));

  test.each([
    { text: 'Soccer practice is CANCELLED today, field is flooded.', context: DISTRICT },
    { text: 'Sharing from @PineUSD: schools closed Friday for snow.' },
    { text: 'Cannot wait to meet my new 2nd graders tomorrow!' },
    { text: 'Weekend plans: grading and a long nap' },
    { text: 'My graduation was in May 2015 and I still miss it' },
    { text: 'Our book fair is this Friday and I already spent $40 lol' },
    { text: "Just paid my daughter's field trip fee on the school app, so easy" },
    { text: 'Venmo me for the fantasy football league, $20 each' },
  ])('allows $text', (c) => expectAllows('district-business', c));
});

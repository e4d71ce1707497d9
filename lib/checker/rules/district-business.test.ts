import { describe, test } from 'vitest';
import { DISTRICT, expectAllows, expectFlags } from '../test-helpers';

describe('district-business', () => {
  test.each([
    { text: 'Soccer practice is CANCELLED today, field is flooded. Parents please pick up at 3:15.' },
    { text: 'Parents: field trip forms and $8 are due Friday!' },
    { text: 'Message me here instead of my school email about grades' },
    { text: 'OFFICIAL: Pine Middle will run on a 2-hour delay tomorrow. Please share with families.' },
  ])('flags $text', (c) => expectFlags('district-business', c));

  test.each([
    { text: 'Soccer practice is CANCELLED today, field is flooded.', context: DISTRICT },
    { text: 'Sharing from @PineUSD: schools closed Friday for snow.' },
    { text: 'Cannot wait to meet my new 2nd graders tomorrow!' },
    { text: 'Weekend plans: grading and a long nap' },
  ])('allows $text', (c) => expectAllows('district-business', c));
});

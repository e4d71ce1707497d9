import { describe, test } from 'vitest';
import { expectAllows, expectFlags } from '../test-helpers';

describe('birth-date', () => {
  test.each([
    { text: 'new student, DOB 04/22/2015, starts Monday', span: 'DOB 04/22/2015' },
    { text: 'she was born on March 3, 2016', span: 'born on March 3, 2016' },
  ])('flags $text', (c) => expectFlags('birth-date', c));

  test.each([{ text: 'Conferences are 04/22/2025 from 4 to 7' }])('allows $text', (c) => expectAllows('birth-date', c));
});

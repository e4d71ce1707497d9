import { describe, test } from 'vitest';
import { expectAllows, expectFlags } from '../test-helpers';

describe('phone-number', () => {
  test.each([
    { text: "text his dad at (541) 555-0198 if he isn't picked up", span: '(541) 555-0198' },
    { text: "her grandma's cell is 555-0144", span: '555-0144' },
  ])('flags $text', (c) => expectFlags('phone-number', c));

  test.each([
    { text: 'Questions? Call the attendance office at (541) 555-0100.' },
    { text: 'Call me at 555-0177 about carpool' },
    { text: '988 is the Suicide & Crisis Lifeline' },
  ])('allows $text', (c) => expectAllows('phone-number', c));
});

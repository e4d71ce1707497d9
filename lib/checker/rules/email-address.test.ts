import { describe, test } from 'vitest';
import { expectAllows, expectFlags } from '../test-helpers';

describe('email-address', () => {
  test.each([
    { text: 'reach Jaden at jaden.p@students.cedarvalley.example', span: 'jaden.p@students.cedarvalley.example' },
    { text: "her mom's email is tina.r88@gmail.com", span: 'tina.r88@gmail.com' },
    { text: "Need the contact for Marcus Bell? It's bellfamily12@gmail.com", span: 'bellfamily12@gmail.com' },
  ])('flags $text', (c) => expectFlags('email-address', c));

  test.each([
    { text: 'Email me at ms.ortiz@cedarvalley.example with questions' },
    { text: 'Questions? The contact for the Fun Run is pto@oakdale.example' },
  ])('allows $text', (c) => expectAllows('email-address', c));
});

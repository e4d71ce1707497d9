import { describe, test } from 'vitest';
import { expectAllows, expectFlags } from '../test-helpers';

describe('identity-attack', () => {
  test.each([
    { text: 'boys just cannot learn to write essays' },
    { text: 'the ESL kids can learn English or go somewhere else', span: 'learn English or' },
    { text: 'send them back where they came from' },
    { text: 'muslims are all terrorists' },
    { text: 'immigrants are vermin and should be deported' },
  ])('flags $text', (c) => expectFlags('identity-attack', c));

  test.each([
    { text: 'Our unit on the civil rights movement covers segregation and the history of hate speech' },
    { text: 'Hispanic Heritage Month assembly Friday!' },
    { text: 'Muslim students may use the library during Ramadan lunch' },
    { text: 'Girls basketball won the regional title' },
  ])('allows $text', (c) => expectAllows('identity-attack', c));
});

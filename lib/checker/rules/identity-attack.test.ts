import { describe, test } from 'vitest';
import { expectAllows, expectFlags } from '../test-helpers';

describe('identity-attack', () => {
  test.each([
    {
      text: 'those Catholic families always think they are better than us',
      span: 'Catholic families always think they are better',
    },
    { text: 'a trans teacher leading the library club, pushing their agenda on kids', span: 'pushing their agenda' },
    { text: 'boys just cannot learn to write essays' },
    { text: 'the ESL kids can learn English or go somewhere else', span: 'learn English or' },
    { text: 'send them back where they came from' },
    { text: 'muslims are all terrorists' },
    { text: 'immigrants are vermin and should be deported' },
    {
      text: 'Immigrant parents should be forced to pass an English test',
      span: 'should be forced to pass an English test',
    },
    { text: "Every single Somali family I've taught never comes to conferences" },
    { text: "She's just a diversity hire", span: 'diversity hire' },
    { text: 'No one watches girls basketball anyway' },
  ])('flags $text', (c) => expectFlags('identity-attack', c));

  test.each([
    { text: 'Our new reading curriculum has a clear agenda: more books in more hands' },
    { text: 'Please send the agenda for the board meeting by Monday' },
    { text: 'Our unit on the civil rights movement covers segregation and the history of hate speech' },
    { text: 'Hispanic Heritage Month assembly Friday!' },
    { text: 'Muslim students may use the library during Ramadan lunch' },
    { text: 'Girls basketball won the regional title' },
    { text: "Every single family I've had this year has been wonderful" },
    { text: 'Our diversity committee meets Thursday in the library' },
    { text: "Women's sports night is Friday, come watch!" },
  ])('allows $text', (c) => expectAllows('identity-attack', c));
});

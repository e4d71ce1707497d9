import { describe, test } from 'vitest';
import { expectAllows, expectFlags } from '../test-helpers';

describe('defamation', () => {
  test.each([
    { text: 'the new custodian is stealing gas from the district pumps', span: 'stealing' },
    { text: 'Coach Barnes recruits players illegally, everyone knows', span: 'recruits players illegally' },
    { text: 'pretty sure the custodian is dealing out of the boiler room', span: 'dealing out of' },
    { text: 'Mr. Albers is a drunk and everyone knows it', span: 'a drunk' },
    { text: 'Principal Okafor has been cooking the books for years', span: 'cooking the books' },
    { text: 'Coach Ryan was fired for drinking at practice', span: 'fired for' },
  ])('flags $text', (c) => expectFlags('defamation', c));

  test.each([
    { text: 'Coach Barnes recruits players from every middle school in town' },
    { text: 'We are dealing with a broken boiler today, dress warm' },
    { text: 'Mr. Albers retired after 30 years of teaching chemistry' },
    { text: 'The coach was named regional coach of the year' },
  ])('allows $text', (c) => expectAllows('defamation', c));
});

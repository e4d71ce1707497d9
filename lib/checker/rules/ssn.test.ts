import { describe, test } from 'vitest';
import { expectAllows, expectFlags } from '../test-helpers';

describe('ssn', () => {
  test.each([
    { text: 'his SSN is 123-45-6789 on the form', span: '123-45-6789' },
    { text: 'ssn: 123456789', span: '123456789' },
  ])('flags $text', (c) => expectFlags('ssn', c));

  test.each([{ text: 'Order 123456789 shipped' }])('allows $text', (c) => expectAllows('ssn', c));
});

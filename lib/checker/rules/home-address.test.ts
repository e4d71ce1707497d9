import { describe, test } from 'vitest';
import { expectAllows, expectFlags } from '../test-helpers';

describe('home-address', () => {
  test.each([{ text: 'the Lopez kids live at 221 Maple Ave, bring a meal by', span: '221 Maple Ave' }])(
    'flags $text',
    (c) => expectFlags('home-address', c),
  );

  test.each([{ text: 'Registration is at the district office, 400 Pine St.' }, { text: 'Game at 7 tonight!' }])(
    'allows $text',
    (c) => expectAllows('home-address', c),
  );
});

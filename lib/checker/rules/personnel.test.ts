import { describe, test } from 'vitest';
import { expectAllows, expectFlags } from '../test-helpers';

describe('personnel', () => {
  test.each([
    { text: 'Mr. Garza got put on administrative leave today', span: 'administrative leave' },
    { text: 'Coach Patel is being non-renewed, she has no idea', span: 'non-renewed' },
    { text: 'the principal is under investigation by HR', span: 'under investigation' },
  ])('flags $text', (c) => expectFlags('personnel', c));

  test.each([
    { text: 'Please welcome Dr. Lin, our new principal!' },
    { text: 'Turned in my own medical leave paperwork for knee surgery' },
  ])('allows $text', (c) => expectAllows('personnel', c));
});

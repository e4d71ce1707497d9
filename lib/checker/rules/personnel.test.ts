import { describe, test } from 'vitest';
import { expectAllows, expectFlags } from '../test-helpers';

describe('personnel', () => {
  test.each([
    { text: 'She only left Westside because she got a DUI and they made her resign', span: 'got a DUI' },
    { text: 'Mr. Garza got put on administrative leave today', span: 'administrative leave' },
    { text: 'Coach Patel is being non-renewed, she has no idea', span: 'non-renewed' },
    { text: 'the principal is under investigation by HR', span: 'under investigation' },
    {
      text: "Mr. Hines had his teaching license revoked last spring, that's why he left",
      span: 'teaching license revoked',
    },
    { text: 'My teaching partner is on FMLA again and nobody will say why', span: 'on FMLA' },
  ])('flags $text', (c) => expectFlags('personnel', c));

  test.each([
    { text: 'Never drink and drive: a DUI can cost you your license' },
    { text: 'Please welcome Dr. Lin, our new principal!' },
    { text: 'Turned in my own medical leave paperwork for knee surgery' },
    { text: 'Reminder: renew your teaching license before June 30!' },
    { text: 'FMLA paperwork questions? HR has office hours Tuesday.' },
  ])('allows $text', (c) => expectAllows('personnel', c));
});

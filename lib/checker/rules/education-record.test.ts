import { describe, test } from 'vitest';
import { DISTRICT, expectAllows, expectFlags } from '../test-helpers';

describe('education-record', () => {
  test.each([
    { text: 'Marcus Bell is failing algebra again, three Fs this term' },
    { text: "Lena's 504 says she gets extended time, so stop asking", span: '504' },
    { text: 'Tyson R. got suspended for the fight at lunch', span: 'suspended' },
    { text: 'Priya in my 6th period has missed 19 days this semester', span: 'has missed 19 days' },
    { text: 'The Novak twins are in foster care now, be gentle', span: 'foster care' },
    { text: 'Diego just started on Ritalin and he is a different kid', span: 'Ritalin' },
    { text: 'Welcome back Kira! After her chemo she is ready to roll', context: DISTRICT, span: 'chemo' },
  ])('flags $text', (c) => expectFlags('education-record', c));

  test.each([
    { text: 'Congrats to Maya Chen on her blue ribbon at the science fair!' },
    { text: 'Parent night: understanding 504 plans and IEPs, Thursday at 6' },
    { text: 'Report cards go home Friday.' },
    { text: 'I survived my first IEP meeting as a case manager' },
    { text: 'Flu shot clinic Saturday in the cafeteria' },
    { text: 'Attendance Awareness Month: every day counts!' },
  ])('allows $text', (c) => expectAllows('education-record', c));
});

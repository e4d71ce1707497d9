import { describe, test } from 'vitest';
import { DISTRICT, expectAllows, expectFlags } from '../test-helpers';

describe('education-record', () => {
  test.each([
    { text: 'Proud of Amara in my class, who came here as a refugee two years ago', span: 'refugee' },
    { text: 'Kofi in my homeroom lost both parents this summer, please be gentle', span: 'lost both parents' },
    { text: 'Big day for Sofia Reyes: she finally tested out of ESL services!', span: 'tested out of ESL services' },
    { text: 'The only deaf kid in 2nd grade at Maple got her ACCESS scores back', span: 'ACCESS scores' },
    { text: "@jayden.k22 if you did your homework you wouldn't be failing", span: "wouldn't be failing" },
    { text: 'Faith told me her stepdad hits her mom on weekends', span: 'hits her mom' },
    { text: 'Congrats to Nadia in my class on her new hearing aids!', span: 'hearing aids' },
    { text: 'Kenji Tran from the class of 2019 is out on parole now', span: 'out on parole' },
    { text: 'our valedictorian was on academic probation freshman year', span: 'academic probation' },
    { text: 'the girl with the braids in 4th period is in juvie now', span: 'juvie' },
    { text: 'Marcus Bell is failing algebra again, three Fs this term' },
    { text: "Lena's 504 says she gets extended time, so stop asking", span: '504' },
    { text: 'Tyson R. got suspended for the fight at lunch', span: 'suspended' },
    { text: 'Priya in my 6th period has missed 19 days this semester', span: 'has missed 19 days' },
    { text: 'The Novak twins are in foster care now, be gentle', span: 'foster care' },
    { text: 'Diego just started on Ritalin and he is a different kid', span: 'Ritalin' },
    { text: 'Welcome back Kira! After her chemo she is ready to roll', context: DISTRICT, span: 'chemo' },
    { text: 'Please pray for the Alvarez family, ICE detained their dad on Tuesday', span: 'ICE detained' },
    { text: 'Our starting quarterback is sitting on a 1.6 GPA and nobody cares', span: '1.6 GPA' },
    { text: 'Jordan in my 4th period got 28% on the quiz again', span: '28% on the quiz' },
    { text: "She's in my Bio class and carrying a 42 right now", span: 'carrying a 42 right now' },
    { text: 'Her twins are both on my speech caseload this year', span: 'on my speech caseload' },
    {
      text: 'The Ortega kids are temporarily at the Sunset Motel after the fire',
      span: 'temporarily at the Sunset Motel',
    },
  ])('flags $text', (c) => expectFlags('education-record', c));

  test.each([
    { text: 'Our ESL department is hiring two teachers for next fall' },
    { text: 'Faith and family first this holiday weekend, see you Monday!' },
    { text: 'Refugee Awareness Week starts Monday with a guest speaker' },
    { text: 'Please welcome our new Director of Special Education, Dr. Lina Park!' },
    { text: 'Reminder: allergy substitution forms are due to the nurse by Friday' },
    { text: 'Congrats to Maya Chen on her blue ribbon at the science fair!' },
    { text: 'Parent night: understanding 504 plans and IEPs, Thursday at 6' },
    { text: 'Report cards go home Friday.' },
    { text: 'I survived my first IEP meeting as a case manager' },
    { text: 'Flu shot clinic Saturday in the cafeteria' },
    { text: 'Attendance Awareness Month: every day counts!' },
    { text: 'Class average was 82% on the unit test, proud of all of you!' },
    { text: 'ICE skating party for the 5th grade is Friday!' },
    { text: 'Speech caseloads are too high across the state, fund our SLPs' },
    { text: 'Staying at a hotel in Denver this week for the conference, send restaurant tips' },
  ])('allows $text', (c) => expectAllows('education-record', c));
});

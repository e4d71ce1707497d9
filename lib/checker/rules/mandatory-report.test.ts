import { describe, test } from 'vitest';
import { expectAllows, expectFlags } from '../test-helpers';

describe('mandatory-report', () => {
  test.each([
    {
      text: "one of my juniors said she won't be around much longer and smiled",
      span: "she won't be around much longer",
    },
    {
      text: 'a 9th grader is giving away all his stuff this week and says he is fine',
      span: 'giving away all his stuff',
    },
    {
      text: 'kid in my 5th period posted a pistol on his story, caption: see you tomorrow',
      span: 'pistol on his story, caption: see you tomorrow',
    },
    { text: 'a 2nd grader came in with bruises on both arms again', span: 'bruises' },
    { text: 'one of my 7th graders told me she wants to die', span: 'wants to die' },
    { text: "a kid in my class hasn't eaten since Friday, no food in the house" },
    { text: 'two boys are planning to jump a kid after school tomorrow' },
    { text: "My student told me she doesn't want to wake up anymore", span: "doesn't want to wake up anymore" },
    { text: "One of my kids posted a picture of pills with 'goodbye' on his story", span: 'picture of pills' },
    { text: 'Some 8th graders have a list of students they want to take out.' },
    { text: "A few boys said they'd jump the new kid after school with a bat" },
  ])('flags $text', (c) => expectFlags('mandatory-report', c));

  test.each([
    { text: "My old laptop won't be around much longer, it's held together with tape" },
    { text: 'Our book club is giving away all its extra paperbacks Friday' },
    { text: 'Child Abuse Prevention Month: know the signs and who to call.' },
    { text: '988 is the Suicide & Crisis Lifeline. Our counselors are here too.' },
    { text: 'Mandated reporter training is due Friday.' },
    { text: 'Reading Speak with my 9th graders, heavy book and great discussions.' },
    { text: "My kids don't want to wake up early on Mondays lol" },
    { text: 'We made a list of kids who want to take out the recycling bins' },
  ])('allows $text', (c) => expectAllows('mandatory-report', c));
});

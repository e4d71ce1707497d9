import { describe, test } from 'vitest';
import { expectAllows, expectFlags } from '../test-helpers';

describe('harassment', () => {
  test.each([
    { text: 'the new science teacher can supervise my lunch duty anytime 😏', span: 'anytime' },
    { text: 'Coach Reyes in the staff photo, those biceps 🔥', span: 'those biceps' },
    { text: 'Dear Brenda in the front office: nobody likes you', span: 'nobody likes you' },
    { text: 'you reported me? enjoy never passing my class', span: 'enjoy never passing' },
    { text: 'shut the f up Derek', span: 'shut the f up' },
    { text: 'I HATE THESE PARENTS', span: 'I HATE THESE PARENTS' },
    { text: '@fanof22 shut your mouth', span: 'shut your mouth' },
    { text: 'the new math coach has the best ass in the building', span: 'best ass' },
    { text: "that's where the principal lives, just saying", span: "that's where the principal lives" },
    { text: 'Everyone flood her comments until she apologizes', span: 'flood her comments' },
    { text: "Let's all email Principal Vega until she answers us" },
  ])('flags $text', (c) => expectFlags('harassment', c));

  test.each([
    { text: 'Our kids can visit the new library any day this week 🔥' },
    { text: 'Swim team worked on those arms today.' },
    { text: 'Ms. Ortiz can cover my class anytime, she is the best' },
    { text: 'Leg day: those legs will be sore tomorrow, stretch tonight.' },
    { text: 'Nobody asked them to stay late, they just did. Proud of this crew.' },
    { text: 'Nobody likes Mondays, but our first graders made it fun' },
    { text: 'hate to say it but break is over' },
    { text: 'I hate Mondays' },
    { text: 'Please sit down and open your books' },
    { text: 'Flood the gym with school spirit on Friday!' },
    { text: 'Our inbox got flooded with thank-you notes this week' },
  ])('allows $text', (c) => expectAllows('harassment', c));
});

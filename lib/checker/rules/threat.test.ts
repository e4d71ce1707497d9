import { describe, test } from 'vitest';
import { expectAllows, expectFlags } from '../test-helpers';

describe('threat', () => {
  test.each([
    { text: 'I will thank each board member personally at their homes 🙂', span: 'at their homes' },
    { text: "To whoever keyed my car in the staff lot: I'll be seeing you soon", span: "I'll be seeing you" },
    { text: 'I will be visiting every board member personally. At their homes.', span: 'At their homes' },
    { text: 'that boy deserves to get beat up for what he said', span: 'beat up' },
    { text: 'Friday night we are coming to break some bones', span: 'break some bones' },
    { text: 'some days I want to push the whole class down the stairs', span: 'push the whole class down the stairs' },
    { text: 'kids who talk back will be dragged to the office', span: 'dragged' },
    { text: "I'm going to punch the next parent who calls me at 10pm", span: 'punch' },
    { text: 'somebody needs to slap that kid', span: 'slap' },
    { text: 'it would be a real shame if something happened to your truck', span: 'real shame if something happened' },
    { text: "keep talking and I'll put you in the ground", span: 'put you in the ground' },
    { text: 'kys', span: 'kys' },
    { text: 'bringing a bat to conferences this year', span: 'bringing a bat' },
    { text: "if you keep emailing my principal you're going to regret it", span: "you're going to regret it" },
    {
      text: "someone needs to teach that board member a lesson he won't forget",
      span: 'teach that board member a lesson',
    },
    { text: "After Friday I won't be responsible for what happens", span: "won't be responsible for what happens" },
    { text: 'Keep talking about my family and see what happens' },
    { text: 'Keep testing me, Mark. See what happens.', span: 'See what happens' },
  ])('flags $text', (c) => expectFlags('threat', c));

  test.each([
    { text: 'Our kindergarten teachers visit every new family at their homes in August.' },
    { text: "Great meeting the new families! I'll be seeing you at open house" },
    { text: 'Families can read together at their homes over break.' },
    { text: 'Our seniors deserve to be celebrated for four great years' },
    { text: 'Careful on the ice: one slip can break bones' },
    { text: 'The recycling will be picked up Friday' },
    { text: 'Our defense killed it tonight!' },
    { text: 'Shoot me an email if you have questions' },
    { text: 'I could strangle this printer' },
    { text: 'We beat them 42-7 at home' },
    { text: 'this heat is murder' },
    { text: "You'll regret not buying tickets before they sell out!" },
    { text: "Let's see what happens at the board meeting tomorrow" },
    { text: 'Shoot hoops with Coach Dre after school' },
    { text: 'I will shoot you a text when the bus arrives' },
    { text: 'See what happens when you add baking soda to vinegar!' },
    { text: "We'll see what happens with the weather tomorrow." },
  ])('allows $text', (c) => expectAllows('threat', c));
});

import { describe, test } from 'vitest';
import { expectAllows, expectFlags } from '../test-helpers';

describe('insult', () => {
  test.each([
    { text: 'Marcus in my 4th period is a special kind of stupid', span: 'special kind of stupid' },
    { text: 'The hypocrites at the county office cut our buses again', span: 'hypocrites' },
    { text: 'Sure, Karen, tell me again how to teach fractions', span: 'Sure, Karen' },
    { text: 'good luck making varsity with those twig arms', span: 'twig arms' },
    { text: "The principal's opponent is a total joke", span: 'joke' },
    { text: 'Asked the new sub for the lesson plans. Waste of oxygen.', span: 'Waste of oxygen' },
    { text: 'If my AP had a brain cell he would be dangerous', span: 'had a brain cell' },
    { text: 'stuck in a room with mouth breathers all afternoon', span: 'mouth breathers' },
    { text: 'the 7th grade team is a circus and Mr. Platt is the head clown', span: 'clown' },
    {
      text: 'the new coach looks like a scarecrow that lost a fight with a lawnmower',
      span: 'looks like a scarecrow that lost a fight',
    },
    { text: 'that kid is so big, how does he even fit in the chair', span: 'how does he even fit in' },
    { text: 'let your son skip every practice and you are raising a brat', span: 'raising a brat' },
    { text: 'the lunch aides are all gossipy', span: 'gossipy' },
    { text: "@dadofthree you're a clueless moron", span: 'moron' },
    { text: 'that kid is a total punk', span: 'punk' },
    { text: 'the spoiled brats in my advisory', span: 'spoiled' },
    { text: 'our new AP is dumb as a box of rocks', span: 'dumb as a box of rocks' },
    { text: 'that boy has two brain cells', span: 'two brain cells' },
    { text: 'nobody cares, loser.', span: 'loser' },
    { text: 'the parents at Oakmont are the worst', span: 'the worst' },
    { text: 'these kids dress like hookers', span: 'like hookers' },
    { text: "Saw the new bus driver today, so fat he can't fit behind the wheel", span: 'so fat' },
    { text: 'The board voted like people without a functioning brain cell', span: 'without a functioning brain cell' },
    { text: 'Cry me a river, Derek, you lost the election', span: 'Cry me a river' },
    { text: 'Here come the hysterical moms again', span: 'hysterical moms' },
  ])('flags $text', (c) => expectFlags('insult', c));

  test.each([
    { text: 'Lunch today: chicken legs, corn and fruit cups' },
    { text: 'The bullies at recess were moved to another lunch period' },
    { text: 'Thanks, Karen, for the cookies in the lounge!' },
    { text: 'Our robotics arm finally lifts the cube' },
    { text: 'The team behind the book fair raised $2,000' },
    { text: 'Wasting time is a waste of energy, so plan ahead' },
    { text: 'The head coach thanked every parent volunteer' },
    { text: 'Great job to the kid who figured out how all the puzzle pieces fit' },
    { text: 'We are raising a banner for the state champs on Friday' },
    { text: 'I felt like such an idiot when I locked my keys in the car' },
    { text: 'Our debate team slayed at regionals' },
    { text: 'Kids were wild after indoor recess' },
    { text: 'The copier is useless again' },
    { text: 'My students roasted my socks today and they were right' },
    { text: 'Anti-bullying week starts Monday: wear blue!' },
    { text: 'It is so ugly outside today, bring a raincoat' },
    { text: 'Zero brain cells left after finals week lol' },
  ])('allows $text', (c) => expectAllows('insult', c));
});

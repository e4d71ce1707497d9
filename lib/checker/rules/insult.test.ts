import { describe, test } from 'vitest';
import { expectAllows, expectFlags } from '../test-helpers';

describe('insult', () => {
  test.each([
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

import { describe, expect, test } from 'vitest';
import { expectAllows, expectFlags, findingsOf } from '../test-helpers';

describe('student-id', () => {
  test.each([
    { text: 'found a calculator labeled student ID 55120987', span: '55120987' },
    { text: 'student #2021-40913 left a jacket in the gym', span: '2021-40913' },
    { text: 'IDs for the lab: 2041187, 2041190, 2041203', span: '2041190' },
    { text: 'lunch number 884213 works again', span: '884213' },
  ])('flags $text', (c) => expectFlags('student-id', c));

  test.each([
    { text: 'The 2024-2025 calendar is posted' },
    { text: 'We raised $1250000 for the new gym' },
    { text: 'Our team scored 104 points tonight' },
    { text: 'Call the front office at 555-0100' },
  ])('allows $text', (c) => expectAllows('student-id', c));

  test('offers a mask that keeps only the last two digits', () => {
    const [finding] = findingsOf('student-id', 'student ID 55120987 lost a shoe');
    expect(finding?.fix?.replacement).toBe('••••••87');
  });
});

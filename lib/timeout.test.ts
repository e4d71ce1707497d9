import { describe, expect, test } from 'vitest';
import { TimeoutError, withTimeout } from './timeout';

describe('withTimeout', () => {
  test('passes a result through', async () => {
    await expect(withTimeout(Promise.resolve(7), 1000, 'x')).resolves.toBe(7);
  });

  test('passes the work’s own failure through, not as a timeout', async () => {
    const failed = withTimeout(Promise.reject(new Error('broken')), 1000, 'x');
    await expect(failed).rejects.toThrow('broken');
    await expect(failed).rejects.not.toBeInstanceOf(TimeoutError);
  });

  test('rejects with a TimeoutError naming the step when the work does not settle', async () => {
    const never = new Promise<never>(() => undefined);
    const late = withTimeout(never, 5, 'reading text took too long');
    await expect(late).rejects.toBeInstanceOf(TimeoutError);
    await expect(late).rejects.toThrow('reading text took too long');
  });
});

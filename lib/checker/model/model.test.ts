import fc from 'fast-check';
import { expect, test } from 'vitest';
import { decodeBase64, modelFor, nativeDecoder } from './model';

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));

test('the native decoder and the fallback decode base64 to the same bytes', () => {
  expect(nativeDecoder()).not.toBeNull();
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
      const base64 = toBase64(bytes);
      expect([...decodeBase64(base64)]).toEqual([...bytes]);
      expect([...decodeBase64(base64, null)]).toEqual([...bytes]);
    }),
  );
});

test('the unpacked model weighs a known insult and ignores an unknown feature', () => {
  const model = modelFor('derogatory');
  expect(model).toBeDefined();
  expect(model?.weight('w:idiot')).toBeGreaterThan(0);
  expect(model?.weight('w:zzqxjv-not-a-feature')).toBe(0);
});

/**
 * The checker runs in every page the extension guards: its bundle must stay pure (no browser or WXT
 * modules) and light (no schema library; it validates nothing at run time).
 */
import { build } from 'esbuild';
import { expect, test } from 'vitest';

test('the checker bundle holds no browser, WXT or schema-library modules', async () => {
  const result = await build({
    entryPoints: ['lib/checker/index.ts'],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const inputs = Object.keys(result.metafile.inputs);
  expect(inputs.some((path) => path.includes('lib/checker/rules/'))).toBe(true);
  for (const banned of ['node_modules/zod', 'webextension-polyfill', 'node_modules/wxt', '@wxt-dev']) {
    expect(
      inputs.filter((path) => path.includes(banned)),
      banned,
    ).toEqual([]);
  }
});

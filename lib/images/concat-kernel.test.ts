import { createRequire } from 'node:module';
import { beforeAll, describe, expect, test } from 'vitest';
import { nodeEngine } from './node/engine';

const require = createRequire(import.meta.url);
type Tf = typeof import('@tensorflow/tfjs');
let tf: Tf;

beforeAll(async () => {
  await nodeEngine.faceApi(); // starts the wasm backend, which installs the kernel
  tf = require('@tensorflow/tfjs') as Tf;
}, 120_000);

/** Concat by definition: for each index before the axis, each input's run after it, in order. */
function expected(inputs: { shape: number[]; values: number[] }[], axis: number): number[] {
  const outer = inputs[0].shape.slice(0, axis).reduce((a, b) => a * b, 1);
  const out: number[] = [];
  for (let b = 0; b < outer; b++) {
    for (const { shape, values } of inputs) {
      const run = shape.slice(axis).reduce((a, x) => a * x, 1);
      out.push(...values.slice(b * run, (b + 1) * run));
    }
  }
  return out;
}

describe('the wasm Concat kernel', () => {
  test('is the installed faster one', () => {
    expect(tf.getBackend()).toBe('wasm');
    const kernel = tf.getKernel('Concat', 'wasm')?.kernelFunc as { fast?: boolean } | undefined;
    expect(kernel?.fast).toBe(true);
  });

  test.each([
    {
      what: 'last axis, one channel each (the detector mean)',
      shapes: [
        [1, 4, 5, 1],
        [1, 4, 5, 1],
        [1, 4, 5, 1],
      ],
      axis: 3,
    },
    {
      what: 'last axis, uneven widths',
      shapes: [
        [2, 3, 1, 2],
        [2, 3, 1, 5],
      ],
      axis: 3,
    },
    {
      what: 'a middle axis',
      shapes: [
        [2, 3, 2, 2],
        [2, 1, 2, 2],
      ],
      axis: 1,
    },
    {
      what: 'a negative axis',
      shapes: [
        [1, 2, 3, 1],
        [1, 2, 3, 2],
      ],
      axis: -1,
    },
    {
      what: 'the first axis (long runs: the backend own kernel)',
      shapes: [
        [1, 8, 8, 3],
        [2, 8, 8, 3],
      ],
      axis: 0,
    },
  ])('the same values as concat by definition: $what', ({ shapes, axis }) => {
    let next = 1;
    const inputs = shapes.map((shape) => ({
      shape,
      values: Array.from({ length: shape.reduce((a, b) => a * b, 1) }, () => {
        next = (next * 7919) % 10007;
        return next / 128;
      }),
    }));
    const got = tf.concat(
      inputs.map(({ shape, values }) => tf.tensor(values, shape)),
      axis,
    );
    const at = axis < 0 ? axis + 4 : axis;
    expect(Array.from(got.dataSync())).toEqual(expected(inputs, at));
    expect(got.shape).toEqual(shapes[0].map((d, i) => (i === at ? shapes.reduce((s, x) => s + x[i], 0) : d)));
  });

  test('int32 tensors keep their type', () => {
    const got = tf.concat([tf.tensor([1, 2, 3, 4], [2, 2], 'int32'), tf.tensor([5, 6], [2, 1], 'int32')], 1);
    expect(got.dtype).toBe('int32');
    expect(got.arraySync()).toEqual([
      [1, 2, 5],
      [3, 4, 6],
    ]);
  });
});

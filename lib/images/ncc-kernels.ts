/** Inner loops of the NCC search: dot products of a masked template with several windows at once. */

/** Dot products of the template with the windows at `base`, `base + step`, ... `base + 7 * step`, into `acc`. */
export function dots8(
  data: Float32Array,
  values: Float32Array,
  offsets: Int32Array,
  base: number,
  step: number,
  acc: Float64Array,
) {
  let a0 = 0;
  let a1 = 0;
  let a2 = 0;
  let a3 = 0;
  let a4 = 0;
  let a5 = 0;
  let a6 = 0;
  let a7 = 0;
  for (let k = 0; k < values.length; k++) {
    const v = values[k];
    const p = base + offsets[k];
    a0 += v * data[p];
    a1 += v * data[p + step];
    a2 += v * data[p + 2 * step];
    a3 += v * data[p + 3 * step];
    a4 += v * data[p + 4 * step];
    a5 += v * data[p + 5 * step];
    a6 += v * data[p + 6 * step];
    a7 += v * data[p + 7 * step];
  }
  acc[0] = a0;
  acc[1] = a1;
  acc[2] = a2;
  acc[3] = a3;
  acc[4] = a4;
  acc[5] = a5;
  acc[6] = a6;
  acc[7] = a7;
}

/**
 * The positions (indices into `out`) never scored that neighbour a grid point scoring at least `min` and
 * no less than its grid neighbours, each listed once (marked -2 until the caller scores them).
 */
export function gridPeakNeighbours(out: Float32Array, w: number, h: number, step: number, min: number): number[] {
  const peaks: number[] = [];
  for (let y = 0; y < h; y += step) {
    for (let x = 0; x < w; x += step) {
      const v = out[y * w + x];
      if (v < min) continue;
      let peak = true;
      for (let j = Math.max(0, y - step); peak && j <= Math.min(h - 1, y + step); j += step) {
        for (let i = Math.max(0, x - step); i <= Math.min(w - 1, x + step); i += step) {
          if (out[j * w + i] > v) peak = false;
        }
      }
      if (peak) peaks.push(x, y);
    }
  }
  const todo: number[] = [];
  for (let p = 0; p < peaks.length; p += 2) {
    const [x, y] = [peaks[p], peaks[p + 1]];
    for (let j = Math.max(0, y - step + 1); j <= Math.min(h - 1, y + step - 1); j++) {
      for (let i = Math.max(0, x - step + 1); i <= Math.min(w - 1, x + step - 1); i++) {
        if (out[j * w + i] !== -1) continue;
        out[j * w + i] = -2;
        todo.push(j * w + i);
      }
    }
  }
  return todo;
}

/** Dot products of the template with the windows at any four positions `bases`, into `acc`. */
export function dotsAt4(
  data: Float32Array,
  values: Float32Array,
  offsets: Int32Array,
  bases: Int32Array,
  acc: Float64Array,
) {
  const [b0, b1, b2, b3] = [bases[0], bases[1], bases[2], bases[3]];
  let a0 = 0;
  let a1 = 0;
  let a2 = 0;
  let a3 = 0;
  for (let k = 0; k < values.length; k++) {
    const v = values[k];
    const o = offsets[k];
    a0 += v * data[b0 + o];
    a1 += v * data[b1 + o];
    a2 += v * data[b2 + o];
    a3 += v * data[b3 + o];
  }
  acc[0] = a0;
  acc[1] = a1;
  acc[2] = a2;
  acc[3] = a3;
}

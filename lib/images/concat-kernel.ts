/**
 * A faster Concat for tfjs's wasm backend where its own is slow: joining tensors along an axis whose inner
 * size is small. The backend copies each inner run with `subarray(...).set(...)`, an allocation per run:
 * face-api's tiny face detector subtracts its mean colour by concatenating three one-channel planes, and on
 * a 512 px mosaic that took over 100 ms of the confirmation step. This copies those runs in a plain loop
 * (the same values); every other concat goes to the backend's own kernel.
 */

interface TensorInfo {
  dataId: object;
  shape: number[];
  dtype: string;
}
interface WasmBackend {
  makeOutput(shape: number[], dtype: string): TensorInfo;
  typedArrayFromHeap(t: TensorInfo): Float32Array | Int32Array | Uint8Array;
}
interface KernelArgs {
  inputs: TensorInfo[];
  backend: WasmBackend;
  attrs: { axis: number | number[] };
}
interface KernelConfig {
  kernelName: string;
  backendName: string;
  kernelFunc: (args: KernelArgs) => TensorInfo;
}
export interface KernelRegistry {
  getKernel(name: string, backend: string): KernelConfig | undefined;
  unregisterKernel(name: string, backend: string): void;
  registerKernel(config: KernelConfig): void;
}

/** Inner runs shorter than this are copied in a loop; longer ones are fast enough as they are. */
const SHORT_RUN = 64;

/** Install the faster Concat once the wasm backend is registered (again: harmless). */
export function installConcatKernel(tf: KernelRegistry): void {
  const own = tf.getKernel('Concat', 'wasm');
  if (!own || (own.kernelFunc as { fast?: boolean }).fast) return;
  const kernelFunc = Object.assign((args: KernelArgs) => concatShortRuns(args) ?? own.kernelFunc(args), {
    fast: true,
  });
  tf.unregisterKernel('Concat', 'wasm');
  tf.registerKernel({ ...own, kernelFunc });
}

/** The concat when every input is non-empty, numeric, of one rank and the inner runs are short; else null. */
function concatShortRuns({ inputs, backend, attrs }: KernelArgs): TensorInfo | null {
  const first = inputs[0];
  const rank = first?.shape.length ?? 0;
  const rawAxis = Array.isArray(attrs.axis) ? attrs.axis[0] : attrs.axis;
  const axis = rawAxis < 0 ? rawAxis + rank : rawAxis;
  if (inputs.length < 2 || first.dtype === 'string' || axis < 0 || axis >= rank) return null;
  const size = (shape: number[], from: number) => shape.slice(from).reduce((a, b) => a * b, 1);
  const runs = inputs.map((t) => size(t.shape, axis));
  const sameOuter = inputs.every(
    (t) =>
      t.dtype === first.dtype && t.shape.length === rank && t.shape.every((d, i) => i === axis || d === first.shape[i]),
  );
  if (!sameOuter || runs.some((r) => r === 0 || r >= SHORT_RUN)) return null;
  const shape = [...first.shape];
  shape[axis] = inputs.reduce((sum, t) => sum + t.shape[axis], 0);
  const out = backend.makeOutput(shape, first.dtype);
  const to = backend.typedArrayFromHeap(out);
  const from = inputs.map((t) => backend.typedArrayFromHeap(t));
  const outer = first.shape.slice(0, axis).reduce((a, b) => a * b, 1);
  const total = runs.reduce((a, b) => a + b, 0);
  for (let i = 0; i < inputs.length; i++) {
    const [src, run] = [from[i], runs[i]];
    let at = runs.slice(0, i).reduce((a, b) => a + b, 0);
    for (let b = 0, s = 0; b < outer; b++, at += total) {
      for (let k = 0; k < run; k++, s++) to[at + k] = src[s];
    }
  }
  return out;
}

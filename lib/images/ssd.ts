/**
 * face-api's SSD MobileNet v1 face detector, run with the same weights and the same anchors but faster:
 *  - batch norms folded into the convolutions once, so every layer is one fused conv + bias + relu6
 *    kernel (face-api runs conv, batch norm, add and clip as separate kernels);
 *  - only the image is fed, not the square face-api pads it to: the network is fully convolutional and
 *    the padding sits after the image, so the feature cells over the image are the same and only their
 *    anchors are kept (a 3:2 photo is two thirds of the work);
 *  - the input is sampled straight from the RGBA pixels (./ssd-input, no full-size tensor copy), exactly
 *    as face-api's pad-to-square + bilinear resize to 512 samples it;
 *  - each prediction layer's box and class convolutions are one convolution, the kernels are run
 *    directly (not through tfjs's op wrappers) and all predictions are read back in one array;
 *  - box decoding and non-maximum suppression in plain arrays.
 */
import type { FaceApiModule } from './faces';
import { ssdInput } from './ssd-input';
import type { RgbaImage } from './types';

type Tensor = { shape: number[]; dispose(): void; data(): Promise<Float32Array> };
type Conv = { filter: Tensor; bias: Tensor };
interface Tf {
  tensor4d(values: Float32Array, shape: [number, number, number, number]): Tensor;
  tidy<T>(fn: () => T): T;
  keep<T>(t: T): T;
  mul(a: Tensor, b: Tensor): Tensor;
  reshape(a: Tensor, shape: number[]): Tensor;
  concat(a: Tensor[], axis: number): Tensor;
  add(a: Tensor, b: Tensor): Tensor;
  div(a: Tensor, b: Tensor): Tensor;
  sqrt(a: Tensor): Tensor;
  neg(a: Tensor): Tensor;
  scalar(v: number): Tensor;
  engine(): { runKernel(name: string, inputs: Record<string, Tensor>, attrs: Record<string, unknown>): unknown };
}
type Params = Record<string, Record<string, Record<string, Tensor> & Record<string, Record<string, Tensor>>>>;

const BN_EPSILON = 0.0010000000474974513;
/** Feature grids of the six prediction layers on the 512 input, and anchors per cell. */
const GRIDS = [32, 16, 8, 4, 2, 1];
const ANCHORS = [3, 6, 6, 6, 6, 6];
const IOU_THRESHOLD = 0.5;
const MAX_RESULTS = 100;

interface Net {
  tf: Tf;
  layers: { depthwise?: Conv; pointwise: Conv; stride: number }[];
  extra: Conv[];
  /** Per prediction layer, box encodings and class logits as one convolution (per anchor 4, then per anchor 3). */
  predictors: Conv[];
  anchors: Float32Array;
}
const nets = new WeakMap<object, Net>();

function prepare(faceapi: FaceApiModule): Net {
  const params = (faceapi.nets.ssdMobilenetv1 as unknown as { params: Params }).params;
  const cached = nets.get(params);
  if (cached) return cached;
  const tf = faceapi.tf as unknown as Tf;
  const parts = tf.tidy(() => {
    const m = params.mobilenetv1;
    const pw = (p: Record<string, Tensor>): Conv => ({ filter: p.filters, bias: p.batch_norm_offset });
    const dw = (p: Record<string, Tensor>): Conv => {
      const k = tf.div(p.batch_norm_scale, tf.sqrt(tf.add(p.batch_norm_variance, tf.scalar(BN_EPSILON))));
      const [h, w, c] = p.filters.shape;
      return {
        filter: tf.keep(tf.reshape(tf.mul(tf.reshape(p.filters, [h * w, c]), k), [h, w, c, 1])),
        bias: tf.keep(tf.add(p.batch_norm_offset, tf.neg(tf.mul(p.batch_norm_mean, k)))),
      };
    };
    const layers: Net['layers'] = [{ pointwise: pw(m.conv_0 as Record<string, Tensor>), stride: 2 }];
    for (let i = 1; i <= 13; i++) {
      const pair = m[`conv_${i}`] as unknown as Record<string, Record<string, Tensor>>;
      const stride = [2, 4, 6, 12].includes(i) ? 2 : 1;
      layers.push({ depthwise: dw(pair.depthwise_conv), pointwise: pw(pair.pointwise_conv), stride });
    }
    const p = params.prediction_layer as unknown as Record<string, Record<string, Record<string, Tensor>>>;
    const extra = [0, 1, 2, 3, 4, 5, 6, 7].map((i) => pw(p[`conv_${i}`] as unknown as Record<string, Tensor>));
    const predictors = [0, 1, 2, 3, 4, 5].map((i) => {
      const { box_encoding_predictor: box, class_predictor: cls } = p[`box_predictor_${i}`];
      return {
        filter: tf.keep(tf.concat([box.filters, cls.filters], 3)),
        bias: tf.keep(tf.concat([box.bias, cls.bias], 0)),
      };
    });
    return { layers, extra, predictors };
  });
  const extraDim = (params.output_layer as unknown as { extra_dim: { dataSync(): Float32Array } }).extra_dim;
  const net: Net = { tf, ...parts, anchors: Float32Array.from(extraDim.dataSync()) };
  nets.set(params, net);
  return net;
}

/**
 * Box encodings and class logits of every cell over the image, one prediction layer after another: per
 * cell, its anchors' four box encodings, then their three class logits.
 */
function forward(net: Net, x: Tensor): { predictions: Tensor; grids: [number, number][] } {
  const { tf } = net;
  return tf.tidy(() => {
    const engine = tf.engine();
    const fused = (
      input: Tensor,
      c: Conv,
      strides: number,
      depthwise = false,
      activation: 'relu6' | 'linear' = 'relu6',
    ) =>
      engine.runKernel(
        depthwise ? 'FusedDepthwiseConv2D' : 'FusedConv2D',
        { x: input, filter: c.filter, bias: c.bias },
        {
          strides: [strides, strides],
          pad: 'same',
          dataFormat: 'NHWC',
          dilations: [1, 1],
          activation,
        },
      ) as Tensor;
    let out = x;
    let conv11 = x;
    net.layers.forEach((layer, i) => {
      if (layer.depthwise) out = fused(out, layer.depthwise, layer.stride, true);
      out = fused(out, layer.pointwise, layer.depthwise ? 1 : layer.stride);
      if (i === 11) conv11 = out;
    });
    const maps = [conv11, out];
    let e = out;
    for (let i = 0; i < 8; i++) {
      e = fused(e, net.extra[i], i % 2 === 1 ? 2 : 1);
      if (i % 2 === 1) maps.push(e);
    }
    const grids = maps.map((m): [number, number] => [m.shape[1], m.shape[2]]);
    const predictions = maps.map((m, i) => tf.reshape(fused(m, net.predictors[i], 1, false, 'linear'), [-1]));
    return { predictions: tf.concat(predictions, 0), grids };
  });
}

export interface Detection {
  x: number;
  y: number;
  width: number;
  height: number;
  score: number;
}

/** Faces scoring at least `minScore`, in image pixels, after non-maximum suppression. */
export async function detectSsd(faceapi: FaceApiModule, img: RgbaImage, minScore: number): Promise<Detection[]> {
  const net = prepare(faceapi);
  const input = ssdInput(img);
  const { side } = input;
  const tensor = net.tf.tensor4d(input.values, [1, input.height, input.width, 3]);
  let result: ReturnType<typeof forward> | undefined;
  try {
    result = forward(net, tensor);
    const predictions = await result.predictions.data();
    // Suppression on the unclipped boxes, then clipped to the 512 square and scaled to image pixels (as face-api).
    return suppress(decode(net.anchors, result.grids, predictions, minScore)).map((d) => {
      const [left, top] = [Math.max(0, d.x) * side, Math.max(0, d.y) * side];
      const [right, bottom] = [Math.min(1, d.x + d.width) * side, Math.min(1, d.y + d.height) * side];
      return { x: left, y: top, width: right - left, height: bottom - top, score: d.score };
    });
  } finally {
    tensor.dispose();
    result?.predictions.dispose();
  }
}

/** face-api's box decoding, for the cells present, with each cell's anchor from the 512 x 512 layout. */
function decode(
  anchors: Float32Array,
  grids: [number, number][],
  predictions: Float32Array,
  minScore: number,
): Detection[] {
  const found: Detection[] = [];
  let cell = 0;
  let layerStart = 0;
  grids.forEach(([rows, cols], l) => {
    const [grid, per] = [GRIDS[l], ANCHORS[l]];
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++, cell += per * 7) {
        for (let a = 0; a < per; a++) {
          const score = 1 / (1 + Math.exp(-predictions[cell + per * 4 + a * 3 + 1]));
          if (score <= minScore) continue;
          const enc = cell + a * 4;
          const p = (layerStart + (r * grid + c) * per + a) * 4;
          const [ah, aw] = [anchors[p + 2] - anchors[p], anchors[p + 3] - anchors[p + 1]];
          const cy = (predictions[enc] / 10) * ah + anchors[p] + ah / 2;
          const cx = (predictions[enc + 1] / 10) * aw + anchors[p + 1] + aw / 2;
          const hh = (Math.exp(predictions[enc + 2] / 5) * ah) / 2;
          const hw = (Math.exp(predictions[enc + 3] / 5) * aw) / 2;
          found.push({ x: cx - hw, y: cy - hh, width: 2 * hw, height: 2 * hh, score });
        }
      }
    }
    layerStart += grid * grid * per;
  });
  return found;
}

/** Greedy non-maximum suppression at IoU 0.5, best first (face-api's rule). */
function suppress(found: Detection[]): Detection[] {
  const kept: Detection[] = [];
  for (const d of found.sort((a, b) => b.score - a.score)) {
    if (kept.length >= MAX_RESULTS) break;
    if (kept.some((k) => iou(k, d) > IOU_THRESHOLD)) continue;
    kept.push(d);
  }
  return kept;
}

function iou(a: Detection, b: Detection): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  if (w <= 0 || h <= 0 || a.width <= 0 || b.width <= 0) return 0;
  return (w * h) / (a.width * a.height + b.width * b.height - w * h);
}

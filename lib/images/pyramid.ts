/** An image's luma and colour planes with lazily built halvings, for the logo matcher. */
import { cropPlane, lumaPlane, type Plane, resizePlane, toPlanes } from './pixels';
import type { RgbaImage } from './types';

export type Channel = 'r' | 'g' | 'b' | 'gray';

export function halve(p: Plane): Plane {
  return resizePlane(p, Math.max(1, p.width / 2), Math.max(1, p.height / 2));
}

/**
 * The image's planes with lazily built halvings, so any region resamples from a nearby level. The search
 * runs on luma; the colour planes are made only when a candidate gets as far as the colour check.
 */
export class Pyramid {
  readonly width: number;
  readonly height: number;
  private levels: Record<Channel, Plane[]>;

  constructor(private readonly img: RgbaImage) {
    this.width = img.width;
    this.height = img.height;
    this.levels = { r: [], g: [], b: [], gray: [lumaPlane(img)] };
  }

  private level(n: number, channel: Channel): Plane {
    const levels = this.levels[channel];
    if (levels.length === 0) {
      const { r, g, b } = toPlanes(this.img);
      this.levels.r.push(r);
      this.levels.g.push(g);
      this.levels.b.push(b);
    }
    while (levels.length <= n) levels.push(halve(levels[levels.length - 1]));
    return levels[n];
  }

  /** The region (x, y, w, h) of the full image, resampled by `k` (<= 1). */
  region(channel: Channel, x: number, y: number, w: number, h: number, k: number): Plane {
    let n = 0;
    while (2 ** -(n + 1) >= k && Math.min(this.width, this.height) * 2 ** -(n + 1) >= 8) n++;
    const p = this.level(n, channel);
    const s = p.width / this.width;
    const cx = Math.min(p.width - 1, Math.floor(x * s));
    const cy = Math.min(p.height - 1, Math.floor(y * s));
    const cw = Math.max(1, Math.min(p.width - cx, Math.round(w * s)));
    const ch = Math.max(1, Math.min(p.height - cy, Math.round(h * s)));
    const crop = cx === 0 && cy === 0 && cw === p.width && ch === p.height ? p : cropPlane(p, cx, cy, cw, ch);
    return resizePlane(crop, w * k, h * k);
  }
}

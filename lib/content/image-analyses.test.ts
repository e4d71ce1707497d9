import { describe, expect, test, vi } from 'vitest';
import type { AnalyzeImageRequest, ImageAnalysis } from '../images/types';
import { DEFAULT_SETTINGS } from '../settings/defaults';
import { ImageAnalyses, type ImageEntry, isImageFinding, toDataUrl } from './image-analyses';

// A 1 x 1 PNG: enough for the sniffer to accept it.
const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

function setup(answer: (request: AnalyzeImageRequest) => Promise<ImageAnalysis>, timeoutMs = 1_000) {
  const settled: ImageEntry[] = [];
  const send = vi.fn(answer);
  const analyses = new ImageAnalyses(send, (entry) => settled.push(entry), timeoutMs);
  return { analyses, send, settled };
}

const seen = (faces: number, text = ''): Promise<ImageAnalysis> =>
  Promise.resolve({ file: 'x', faces, text, logo: false, findings: [] });

describe('image checks in the page', () => {
  test('each photo is sent once, by content, as a data URL; a second copy reuses the result', async () => {
    const { analyses, send, settled } = setup(() => seen(2));
    const a = await analyses.add(PNG, 'class.png', 'image/png');
    const b = await analyses.add(PNG.slice(), 'copy.png', 'image/png');
    expect(b).toBe(a);
    await vi.waitFor(() => expect(settled).toHaveLength(1));
    expect(send).toHaveBeenCalledTimes(1);
    expect(send.mock.calls[0][0].dataUrl).toBe(toDataUrl(PNG, 'image/png'));
    expect(analyses.get(a)).toMatchObject({ done: true, name: 'class.png', seen: { faces: 2 } });
  });

  test('a file that is not a checkable image gets a note at once and is never sent', async () => {
    const { analyses, send } = setup(() => seen(0));
    const key = await analyses.add(new Uint8Array(0), 'empty.jpg', 'image/jpeg');
    expect(analyses.get(key)?.note).toBe('Could not check this image: the file is empty. You can still post it.');
    expect(send).not.toHaveBeenCalled();
  });

  test('a failed or unanswered check becomes a note, never an error', async () => {
    const failing = setup(() => Promise.reject(new Error('Receiving end does not exist')));
    const key = await failing.analyses.add(PNG, 'a.png', 'image/png');
    await vi.waitFor(() => expect(failing.analyses.get(key)?.done).toBe(true));
    expect(failing.analyses.get(key)?.note).toMatch(/^Could not check this image: the check failed/);
    // A check that never answers: a short time limit, so the test waits on the condition, not a clock.
    const silent = setup(() => new Promise(() => undefined), 10);
    const other = await silent.analyses.add(PNG, 'b.png', 'image/png');
    await vi.waitFor(() => expect(silent.analyses.get(other)?.note).toMatch(/did not finish/));
  });

  test('findings follow the account and have no span in the post text', async () => {
    const { analyses, settled } = setup(() => seen(1, 'call me about student 2019-33417'));
    const key = await analyses.add(PNG, 'notes.png', 'image/png');
    await vi.waitFor(() => expect(settled).toHaveLength(1));
    const entry = analyses.get(key) as ImageEntry;
    const context = { platform: 'x', surface: 'post' } as const;
    const district = analyses.findings(entry, { ...context, account: 'district' }, DEFAULT_SETTINGS);
    const personal = analyses.findings(entry, { ...context, account: 'personal' }, DEFAULT_SETTINGS);
    const people = (list: typeof district) => list.find((f) => (f.category as string) === 'student-image');
    expect(people(district)?.severity).toBe('block');
    expect(people(personal)?.severity).toBe('warn');
    expect(district.some((f) => f.category === 'confidential' && f.message.includes('"notes.png"'))).toBe(true);
    for (const finding of [...district, ...personal]) {
      expect([finding.start, finding.end, finding.fix]).toEqual([0, 0, undefined]);
      expect(isImageFinding(finding)).toBe(true);
    }
  });
});

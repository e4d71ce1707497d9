/** The photos of one composer as a list: progress, notes and a signature of what is attached. Pure. */
import type { ImageEntry } from './image-analyses';

/** One photo as the composer will post it. `entry` is missing while its bytes are still being read. */
export interface Attachment {
  key: string;
  name: string;
  entry?: ImageEntry;
  note?: string;
}

export interface Progress {
  index: number;
  total: number;
}

/** Anything but video, audio or text counts: an unknown type may be a photo, and a non-image gets a "could not check" note. */
export function isPhoto(file: File): boolean {
  return !/^(video|audio|text)\//.test(file.type);
}

/** What is attached and whether each is checked: a change means the composer must be checked again. */
export function signature(list: readonly Attachment[]): string {
  return list.map((a) => `${a.key}:${a.entry?.done || a.note ? 1 : 0}`).join('|');
}

/** "Checking photo 2 of 3": the first photo not yet checked, or null. */
export function progressOf(list: readonly Attachment[]): Progress | null {
  const index = list.findIndex((a) => !a.note && !a.entry?.done);
  return index < 0 ? null : { index: index + 1, total: list.length };
}

/** "Could not check this image" notes, each naming its photo. */
export function notesOf(list: readonly Attachment[]): string[] {
  return list.flatMap((a) => {
    const note = a.note ?? a.entry?.note;
    return note ? [`${a.name}: ${note}`] : [];
  });
}

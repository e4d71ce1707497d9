/** Split text into plain and flagged runs for display; overlapping findings mark with the worst severity. */
import type { Finding, Severity } from '@/lib/checker';

export interface Run {
  text: string;
  start: number;
  severity: Severity | null;
}

const RANK: Record<Severity, number> = { info: 1, warn: 2, block: 3 };

export function highlightRuns(text: string, findings: readonly Finding[]): Run[] {
  const cuts = new Set([0, text.length]);
  for (const f of findings) {
    cuts.add(Math.max(0, Math.min(f.start, text.length)));
    cuts.add(Math.max(0, Math.min(f.end, text.length)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [start, end] = [points[i], points[i + 1]];
    if (start === end) continue;
    let severity: Severity | null = null;
    for (const f of findings) {
      if (f.start <= start && f.end >= end && (!severity || RANK[f.severity] > RANK[severity])) severity = f.severity;
    }
    const last = runs[runs.length - 1];
    if (last && last.severity === severity) last.text += text.slice(start, end);
    else runs.push({ text: text.slice(start, end), start, severity });
  }
  return runs;
}

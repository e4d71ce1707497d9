/**
 * Severity icons drawn as SVG (emoji fonts are not installed everywhere): an octagon for "must fix", a
 * triangle for a warning, a circle for a note. Shapes differ, so colour is never the only signal.
 */
import type { Severity } from '../lib/checker/types';

const SHAPES: Record<Severity, { shape: string; mark: string }> = {
  block: { shape: 'M5 1h6l4 4v6l-4 4H5l-4-4V5z', mark: 'M5 8h6' },
  warn: { shape: 'M8 1l7 14H1z', mark: 'M8 6v4M8 12v1' },
  info: { shape: 'M8 1a7 7 0 1 0 0.01 0z', mark: 'M8 7v5M8 4v1' },
};

export function SeverityIcon({ severity }: { severity: Severity }) {
  const { shape, mark } = SHAPES[severity];
  return (
    <svg
      class={`pf-icon pf-icon--${severity}`}
      viewBox="0 0 16 16"
      width="14"
      height="14"
      aria-hidden="true"
      focusable="false"
    >
      <path d={shape} fill="currentColor" />
      <path d={mark} stroke="#fff" stroke-width="2" stroke-linecap="round" />
    </svg>
  );
}

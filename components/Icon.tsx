/** Small inline icons (SVG, so they render without an emoji font); always beside words, never alone. */
const PATHS = {
  lock: 'M5 7V5a3 3 0 0 1 6 0v2h1v7H4V7zm2 0h2V5a1 1 0 0 0-2 0z',
  block: 'M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1zm-4 6v2h8V7z',
  warn: 'M8 1l7 13H1zm-1 5v4h2V6zm0 5v2h2v-2z',
  info: 'M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1zM7 7v5h2V7zm0-3v2h2V4z',
} as const;

export function Icon({ name }: { name: keyof typeof PATHS }) {
  return (
    <svg class="icon" viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true" focusable="false">
      <path fill="currentColor" fill-rule="evenodd" d={PATHS[name]} />
    </svg>
  );
}

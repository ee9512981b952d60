/**
 * Small line icons for dense controls. Drawn as SVG so they look the same on every system (emoji
 * fonts differ, and some Linux installs have none). Always decorative: the button carries the name.
 */
const PATHS = {
  eye: 'M1.5 8s2.5-5 6.5-5 6.5 5 6.5 5-2.5 5-6.5 5S1.5 8 1.5 8Z M8 10a2 2 0 1 0 0-4 2 2 0 0 0 0 4Z',
  eyeOff: 'M1.5 8s2.5-5 6.5-5 6.5 5 6.5 5-2.5 5-6.5 5S1.5 8 1.5 8Z M2 14 14 2',
  lock: 'M4 7h8v7H4Z M5.5 7V5a2.5 2.5 0 0 1 5 0v2',
  unlock: 'M4 7h8v7H4Z M5.5 7V5a2.5 2.5 0 0 1 5 0',
  up: 'M8 13V3 M4 7l4-4 4 4',
  down: 'M8 3v10 M4 9l4 4 4-4',
  rename: 'M3 13l1-3 7-7 2 2-7 7Z M10 4l2 2',
} as const;

type IconName = keyof typeof PATHS;

export function Icon({ name }: { name: IconName }) {
  return (
    <svg className="icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

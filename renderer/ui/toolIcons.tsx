import type { ReactNode } from 'react';

/** 16 × 16 line icons for the toolbar's compact buttons, drawn in the text colour (so disabled greys them). */
function Icon({ children }: { children: ReactNode }) {
  return (
    <svg className="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" strokeLinejoin="round">
      {children}
    </svg>
  );
}

export const ICONS = {
  undo: (
    <Icon>
      <path d="M5.5 3.5 2.5 6.5l3 3" />
      <path d="M2.5 6.5h7a4 4 0 0 1 0 8H7" />
    </Icon>
  ),
  redo: (
    <Icon>
      <path d="m10.5 3.5 3 3-3 3" />
      <path d="M13.5 6.5h-7a4 4 0 0 0 0 8H9" />
    </Icon>
  ),
  text: (
    <Icon>
      <path d="M3 4V2.5h10V4M8 2.5v11M6 13.5h4" />
    </Icon>
  ),
  rect: (
    <Icon>
      <rect x="2" y="3.5" width="12" height="9" />
    </Icon>
  ),
  ellipse: (
    <Icon>
      <ellipse cx="8" cy="8" rx="6" ry="4.75" />
    </Icon>
  ),
  roundedRect: (
    <Icon>
      <rect x="2" y="3.5" width="12" height="9" rx="3" />
    </Icon>
  ),
  line: (
    <Icon>
      <path d="M2.5 13.5 13.5 2.5" />
    </Icon>
  ),
  image: (
    <Icon>
      <rect x="1.75" y="2.75" width="12.5" height="10.5" rx="1" />
      <circle cx="5.5" cy="6" r="1.25" />
      <path d="m2 12 4-4 3 3 2-2 3 3" />
    </Icon>
  ),
  barcode: (
    <Icon>
      <path d="M2.5 3v10M5 3v10M9.5 3v10M13.5 3v10" />
      <path d="M7 3v10M11.5 3v10" strokeWidth="2.2" strokeLinecap="butt" />
    </Icon>
  ),
  delete: (
    <Icon>
      <path d="M2.5 4.5h11M6 4.5V2.75h4V4.5M4 4.5l.75 9h6.5l.75-9M6.75 7v4.5M9.25 7v4.5" />
    </Icon>
  ),
} as const;

'use client';

import { useState } from 'react';

/**
 * `.dark` on <html>, as Tailwind's and next-themes' class convention wants it: the page's
 * `dark:` utilities and the kit's theme (`.dark` on an ancestor of the card) both follow it.
 */
export function DarkModeToggle() {
  const [dark, setDark] = useState(false);
  return (
    <button
      type="button"
      aria-pressed={dark}
      className="ml-auto rounded-md border border-slate-300 px-3 py-1 text-sm dark:border-slate-600"
      onClick={() => {
        document.documentElement.classList.toggle('dark', !dark);
        setDark(!dark);
      }}
    >
      Dark mode
    </button>
  );
}

// The keystroke baseline: React 19 rendering one labelled, uncontrolled <input> and nothing
// else (the browser's own cost of a keystroke, plus React's event system listening). The bench
// compares the flow's email keystroke with this one, measured the same way in the same run.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <label>
      Email <input type="email" />
    </label>
  </StrictMode>,
);

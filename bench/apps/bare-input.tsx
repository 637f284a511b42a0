// The keystroke baseline: React 19 rendering labelled, uncontrolled inputs and nothing else
// (the browser's own cost of a keystroke, plus React's event system listening). The bench
// compares the flow's email and password keystrokes with these, measured the same way in the
// same run (a password input costs the browser more than an email one: it is compared with its own kind).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <label>
      Email <input type="email" />
    </label>
    <label>
      Password <input type="password" />
    </label>
  </StrictMode>,
);

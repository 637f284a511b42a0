// (a) A React 19 page alone: the baseline every other figure is compared with.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <main>
      <h1>Hello</h1>
    </main>
  </StrictMode>,
);

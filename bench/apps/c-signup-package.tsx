// (c) as an app that installed the package gets it: the same page, importing the built dist/
// (one ES module per source module) instead of the sources. Printed, not checked.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SignUp } from '../../dist/index.js';
import { benchConfig } from './config.ts';

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <main>
      <h1>Hello</h1>
      <SignUp {...benchConfig} fields={['email']} />
    </main>
  </StrictMode>,
);

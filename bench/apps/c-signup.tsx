// (c) (a) with the default <SignUp> flow in English (sign up, confirm, resend).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SignUp } from '../../src/index.ts';
import { benchConfig } from './config.ts';

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <main>
      <h1>Hello</h1>
      <SignUp {...benchConfig} fields={['email']} />
    </main>
  </StrictMode>,
);

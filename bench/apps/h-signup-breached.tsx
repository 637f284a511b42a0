// (h) (c) with the breached-password check (`react-cognito-signup/breached-password`): the
// entry's own weight is (h) − (c); (c) carries none of it.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { checkBreachedPassword } from '../../src/breached-password.ts';
import { SignUp } from '../../src/index.ts';
import { benchConfig } from './config.ts';

const breachedPassword = checkBreachedPassword();

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <main>
      <h1>Hello</h1>
      <SignUp {...benchConfig} fields={['email']} breachedPassword={breachedPassword} />
    </main>
  </StrictMode>,
);

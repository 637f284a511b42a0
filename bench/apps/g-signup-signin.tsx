// (g) (c) with auto sign-in (`react-cognito-signup/sign-in`): amazon-cognito-identity-js arrives
// as a lazily loaded chunk, only when sign-in runs.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SignUp } from '../../src/index.ts';
import { autoSignIn } from '../../src/sign-in.ts';
import { benchConfig } from './config.ts';

const signIn = autoSignIn();

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <main>
      <h1>Hello</h1>
      <SignUp {...benchConfig} fields={['email']} autoSignIn={signIn} />
    </main>
  </StrictMode>,
);

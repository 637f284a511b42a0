// (i) (g) with a passkey offered after sign-in (`react-cognito-signup/passkey`): the entry's own
// weight is (i) − (g); (c) carries none of it.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SignUp } from '../../src/index.ts';
import { offerPasskey } from '../../src/passkey.ts';
import { autoSignIn } from '../../src/sign-in.ts';
import { benchConfig } from './config.ts';

const signIn = autoSignIn({ passkey: offerPasskey() });

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <main>
      <h1>Hello</h1>
      <SignUp {...benchConfig} fields={['email']} autoSignIn={signIn} />
    </main>
  </StrictMode>,
);

// (j) (c) with social sign-up (`react-cognito-signup/social`): the entry's own weight is
// (j) − (c); (c) carries none of it. amazon-cognito-identity-js loads on the callback only.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SocialSignUp } from '../../src/social.ts';
import { benchConfig } from './config.ts';

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <main>
      <h1>Hello</h1>
      <SocialSignUp
        {...benchConfig}
        fields={['email']}
        social={{
          domain: 'bench.auth.us-east-1.amazoncognito.com',
          providers: ['Google', 'SignInWithApple'],
        }}
      />
    </main>
  </StrictMode>,
);

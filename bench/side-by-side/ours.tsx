// Ours: the README's quick start (the email is the username) with the default theme.
import '../../src/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SignUp } from '../../src/index.ts';
import { ENDPOINT } from './endpoint.ts';

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <main>
      <SignUp
        userPoolId="us-east-1_SideBySide"
        clientId="sidebyside"
        endpoint={ENDPOINT}
        usernameMode="email"
      />
    </main>
  </StrictMode>,
);

// Amplify UI's <Authenticator> on its sign-up tab, for a pool where the email is the username,
// with Cognito's default password policy, and its dark mode override following the system.
import '@aws-amplify/ui-react/styles.css';
import {
  Authenticator,
  createTheme,
  defaultDarkModeOverride,
  ThemeProvider,
} from '@aws-amplify/ui-react';
import { Amplify } from 'aws-amplify';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ENDPOINT } from './endpoint.ts';

Amplify.configure({
  Auth: {
    Cognito: {
      userPoolId: 'us-east-1_SideBySide',
      userPoolClientId: 'sidebyside',
      userPoolEndpoint: ENDPOINT,
      loginWith: { email: true },
      signUpVerificationMethod: 'code',
      userAttributes: { email: { required: true } },
      passwordFormat: {
        minLength: 8,
        requireLowercase: true,
        requireUppercase: true,
        requireNumbers: true,
        requireSpecialCharacters: true,
      },
    },
  },
});

const theme = createTheme({ name: 'side-by-side', overrides: [defaultDarkModeOverride] });

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <ThemeProvider theme={theme} colorMode="system">
      <main>
        <Authenticator initialState="signUp" />
      </main>
    </ThemeProvider>
  </StrictMode>,
);

'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { type Messages, SignUp } from 'react-cognito-signup';
import { de } from 'react-cognito-signup/locales/de';
import { es } from 'react-cognito-signup/locales/es';
import { fr } from 'react-cognito-signup/locales/fr';
import { ja } from 'react-cognito-signup/locales/ja';
import { autoSignIn } from 'react-cognito-signup/sign-in';
import { socialSignUp } from 'react-cognito-signup/social';

const CATALOGS: Record<string, Partial<Messages> | undefined> = { en: undefined, es, fr, de, ja };
const LANGUAGES: Record<string, string> = {
  en: 'English',
  es: 'Español',
  fr: 'Français',
  de: 'Deutsch',
  ja: '日本語',
};

// After confirmation: signed in with the sign-up's Session (USER_AUTH), SECRET_HASH from the route.
const signIn = autoSignIn();

// "Continue with Google" through the user pool domain (a public app client only: the code is
// exchanged from the browser, with PKCE and no secret). This page is the callback URL.
const domain = process.env.NEXT_PUBLIC_COGNITO_DOMAIN;
const social = domain ? socialSignUp({ domain, providers: ['Google'] }) : undefined;

/** Asks this app's route handler for SECRET_HASH: the client secret stays on the server. */
async function getSecretHash(username: string): Promise<string> {
  const response = await fetch('/api/secret-hash', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username }),
  });
  if (!response.ok) throw new Error(`The secret hash route answered ${response.status}.`);
  const { secretHash } = (await response.json()) as { secretHash: string };
  return secretHash;
}

/** The client part: callbacks, navigation, and the language switch. */
export function SignUpClient({ usesSecretHash }: { usesSecretHash: boolean }) {
  const router = useRouter();
  const [language, setLanguage] = useState('en');
  return (
    <>
      <label>
        Language{' '}
        <select value={language} onChange={(event) => setLanguage(event.target.value)}>
          {Object.entries(LANGUAGES).map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <SignUp
        userPoolId={process.env.NEXT_PUBLIC_COGNITO_USER_POOL_ID}
        clientId={process.env.NEXT_PUBLIC_COGNITO_CLIENT_ID ?? ''}
        endpoint={process.env.NEXT_PUBLIC_COGNITO_ENDPOINT || undefined}
        getSecretHash={usesSecretHash ? getSecretHash : undefined}
        catalog={CATALOGS[language]}
        fields={[{ name: 'email', required: true }, 'given_name']}
        autoSignIn={signIn}
        // Signed in by then: /welcome reads the user from the SDK's storage, not from the URL.
        onConfirmed={() => router.push('/welcome')}
        social={usesSecretHash ? undefined : social}
      />
    </>
  );
}

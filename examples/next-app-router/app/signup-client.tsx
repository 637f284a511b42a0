'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { type Messages, SignUp, type SignUpProps } from 'react-cognito-signup';
import { de } from 'react-cognito-signup/locales/de';
import { es } from 'react-cognito-signup/locales/es';
import { fr } from 'react-cognito-signup/locales/fr';
import { ja } from 'react-cognito-signup/locales/ja';
import { autoSignIn, sessionCookieStorage } from 'react-cognito-signup/sign-in';
import { SocialSignUp, type SocialSignUpOptions } from 'react-cognito-signup/social';

const CATALOGS: Record<string, Partial<Messages> | undefined> = { en: undefined, es, fr, de, ja };
const LANGUAGES: Record<string, string> = {
  en: 'English',
  es: 'Español',
  fr: 'Français',
  de: 'Deutsch',
  ja: '日本語',
};

// The session in cookies the server reads and verifies (the proxy, /account): Path=/,
// SameSite=Lax, Secure except on http://localhost or 127.0.0.1, the tokens' cookies expiring
// with the tokens, chunked under 4096 bytes. The refresh token is a cookie too (the default), so
// the proxy can refresh an expired session. Written by page scripts: not httpOnly.
const storage = sessionCookieStorage();

// After confirmation: signed in with the sign-up's Session (USER_AUTH; SECRET_HASH from the
// route for a client with a secret), cached in those cookies. Created once, outside render:
// a function cannot be handed over from a server component, so this file is a client one.
const signIn = autoSignIn({ storage });

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

export interface SignUpClientProps {
  userPoolId: string;
  clientId: string;
  endpoint?: string | undefined;
  /** The user pool domain, for "Continue with Google" (the server sends it for a client without a secret only). */
  domain?: string | undefined;
  usesSecretHash: boolean;
}

/**
 * The client part: what cannot cross from a server component (callbacks, the auto sign-in
 * and social objects, navigation) and the language switch. The server page passes strings.
 */
export function SignUpClient({
  userPoolId,
  clientId,
  endpoint,
  domain,
  usesSecretHash,
}: SignUpClientProps) {
  const router = useRouter();
  const [language, setLanguage] = useState('en');
  // "Continue with Google" through the user pool domain (a public app client only: the code is
  // exchanged from the browser, with PKCE and no secret). This page is the callback URL.
  const social: SocialSignUpOptions | undefined = domain
    ? { domain, providers: ['Google'], storage }
    : undefined;
  // cacheComponents keeps this page mounted in a hidden <Activity> once onSignedIn has moved
  // on, its effects cleaned up: a new key, and coming back shows a fresh form rather than the
  // card that handed over. Only after a hand-off: React's development remount (StrictMode)
  // cleans up too, and a new key then would drop a Google sign-in finishing on this page.
  const [round, setRound] = useState(0);
  const handedOff = useRef(false);
  useEffect(
    () => () => {
      if (!handedOff.current) return;
      handedOff.current = false;
      setRound((previous) => previous + 1);
    },
    [],
  );

  // What the card is drawn with, with or without "Continue with Google".
  const card: SignUpProps = {
    // Tailwind utilities over the theme (it sits in the components layer, they in utilities):
    // a thicker emerald border, square corners, an emerald accent (the buttons).
    className:
      'rounded-none border-4 border-emerald-600 [--rcs-accent:var(--color-emerald-700)] dark:[--rcs-accent:var(--color-emerald-300)]',
    userPoolId,
    clientId,
    endpoint,
    getSecretHash: usesSecretHash ? getSecretHash : undefined,
    catalog: CATALOGS[language],
    fields: [{ name: 'email', required: true }, 'given_name'],
    autoSignIn: signIn,
    // Signed in: on to the page the server renders from the cookies auto sign-in has just
    // written. Meanwhile the card is busy and empty (handOff: no "Welcome" first).
    // replace: Back skips the finished form.
    onSignedIn: () => {
      handedOff.current = true;
      router.replace('/account');
    },
    handOff: true,
  };

  return (
    <>
      <label className="mb-4 block">
        Language{' '}
        <select
          className="rounded border border-slate-300 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-900"
          value={language}
          onChange={(event) => setLanguage(event.target.value)}
        >
          {Object.entries(LANGUAGES).map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
      </label>
      {social ? (
        // <SignUp> with "Continue with Google" above the form: every prop of <SignUp>, plus social.
        <SocialSignUp key={round} {...card} social={social} />
      ) : (
        <SignUp key={round} {...card} />
      )}
    </>
  );
}

'use client';

import { useSyncExternalStore } from 'react';

/** The user amazon-cognito-identity-js signed in last in this browser, for this app client. */
const LAST_USER_KEY = `CognitoIdentityServiceProvider.${process.env.NEXT_PUBLIC_COGNITO_CLIENT_ID}.LastAuthUser`;

function subscribe(onChange: () => void): () => void {
  window.addEventListener('storage', onChange);
  return () => window.removeEventListener('storage', onChange);
}

/**
 * "Welcome, <username>!" with the name the sign-in stored (this origin's own storage, written
 * by the SDK after the sign-up signed in), never text from the URL; "Welcome!" on the server
 * and when nobody is signed in.
 */
export function WelcomeHeading() {
  const username = useSyncExternalStore(
    subscribe,
    () => localStorage.getItem(LAST_USER_KEY),
    () => null,
  );
  return <h1>{username ? `Welcome, ${username}!` : 'Welcome!'}</h1>;
}

import { connection } from 'next/server';
import { Suspense } from 'react';
import { cognitoPool, socialDomain } from '../cognito';
import { SignUpClient } from './signup-client';

/**
 * A server component page. It reads server-only configuration (the pool, the app client,
 * whether that client has a secret) at request time and hands the client wrapper plain data
 * (strings, booleans: no functions cross this line). `<SignUp>` itself renders on the server
 * and hydrates in the browser.
 */
export default function SignUpPage() {
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">Sign up</h1>
      {/* With cacheComponents, what reads the request renders inside <Suspense>. */}
      <Suspense fallback={<p>Loading…</p>}>
        <SignUpSection />
      </Suspense>
    </>
  );
}

async function SignUpSection() {
  // The environment of this request, not of the build (a secret may be set at deploy time).
  await connection();
  const { userPoolId, clientId, endpoint } = cognitoPool();
  return (
    <SignUpClient
      userPoolId={userPoolId}
      clientId={clientId}
      endpoint={endpoint}
      domain={socialDomain()}
      usesSecretHash={Boolean(process.env.COGNITO_CLIENT_SECRET)}
    />
  );
}

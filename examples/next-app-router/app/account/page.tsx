import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { Suspense } from 'react';
import { readSession } from 'react-cognito-signup/server';
import { cognitoPool } from '../../cognito';

/**
 * A server component gated on the verified session: the tokens come from the cookies the
 * sign-up page's auto sign-in wrote, and are verified here (signature against the pool's keys,
 * issuer, app client, expiry) before anything is shown. The proxy (proxy.ts) has refreshed an
 * expired one and sent a signed-out visitor away already; this check does not rely on it.
 */
export default function AccountPage() {
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">Your account</h1>
      {/* With cacheComponents, what reads the request (cookies) renders inside <Suspense>. */}
      <Suspense fallback={<p>Loading your account…</p>}>
        <Account />
      </Suspense>
    </>
  );
}

async function Account() {
  const session = await readSession(await cookies(), cognitoPool());
  if (!session) redirect('/');
  const email = typeof session.idToken.email === 'string' ? session.idToken.email : undefined;
  return (
    <section className="rounded-lg border border-slate-300 p-4 dark:border-slate-700">
      <p>
        Signed in as <strong data-testid="username">{session.username}</strong>
        {email ? (
          <>
            {' '}
            (<span data-testid="email">{email}</span>)
          </>
        ) : null}
        .
      </p>
      <form method="post" action="/api/sign-out" className="mt-4">
        <button
          type="submit"
          className="rounded-md bg-slate-800 px-3 py-1 text-white dark:bg-slate-200 dark:text-slate-900"
        >
          Sign out
        </button>
      </form>
    </section>
  );
}

import { SignUpClient } from './signup-client';

// Read the server's environment on each request (a secret may be set at deploy time).
export const dynamic = 'force-dynamic';

/**
 * A server component page. It reads server-only configuration (whether the app client has a
 * secret) and hands the client wrapper plain data: `<SignUp>` itself renders on the server
 * and hydrates in the browser.
 */
export default function SignUpPage() {
  return (
    <>
      <h1>Sign up</h1>
      <SignUpClient usesSecretHash={Boolean(process.env.COGNITO_CLIENT_SECRET)} />
    </>
  );
}

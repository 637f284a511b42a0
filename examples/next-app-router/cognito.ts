import type { CognitoPoolOptions } from 'react-cognito-signup/server';

/**
 * The user pool and app client, read from the server's environment at request time (not
 * inlined into the build: one build serves any pool). Server code only: the page hands the
 * client component the ids it needs as props.
 *
 * - COGNITO_USER_POOL_ID, COGNITO_CLIENT_ID: the pool and its app client.
 * - COGNITO_ENDPOINT: the local Cognito (http://127.0.0.1:<port>/) in development; unset for AWS.
 */
export function cognitoPool(): Required<Pick<CognitoPoolOptions, 'userPoolId' | 'clientId'>> & {
  endpoint?: string;
} {
  const userPoolId = process.env.COGNITO_USER_POOL_ID ?? '';
  const clientId = process.env.COGNITO_CLIENT_ID ?? '';
  const endpoint = process.env.COGNITO_ENDPOINT || undefined;
  return endpoint ? { userPoolId, clientId, endpoint } : { userPoolId, clientId };
}

/**
 * The user pool domain of "Continue with Google" (COGNITO_DOMAIN), for an app client without a
 * secret only (the browser exchanges the code itself, with PKCE): the page offers the button,
 * and sign-out ends the domain's session, under the same condition.
 */
export function socialDomain(): string | undefined {
  return process.env.COGNITO_CLIENT_SECRET ? undefined : process.env.COGNITO_DOMAIN || undefined;
}

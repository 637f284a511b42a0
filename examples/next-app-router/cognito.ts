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
 * Cognito's RevokeToken for a public app client: the refresh token and the tokens it issued
 * stop working (the access token is refused by Cognito's APIs; a JWT verified locally lives
 * until its `exp`). Best effort: a sign-out clears the cookies whatever Cognito answers.
 */
export async function revokeRefreshToken(refreshToken: string): Promise<boolean> {
  const { userPoolId, clientId, endpoint } = cognitoPool();
  const region = userPoolId.split('_')[0];
  const url = endpoint ?? `https://cognito-idp.${region}.amazonaws.com/`;
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': 'AWSCognitoIdentityProviderService.RevokeToken',
      },
      body: JSON.stringify({ Token: refreshToken, ClientId: clientId }),
      redirect: 'error',
      signal: AbortSignal.timeout(5000),
    });
    return response.ok;
  } catch {
    return false;
  }
}

import type { CognitoConfig } from 'react-cognito-signup';

/** Where to sign up: the local Cognito `npm start` runs in the repository root, or a real pool. */
export const cognito: CognitoConfig = {
  userPoolId: import.meta.env.VITE_COGNITO_USER_POOL_ID,
  clientId: import.meta.env.VITE_COGNITO_CLIENT_ID ?? '',
  // Leave it out for a real pool: the region comes from the user pool id.
  endpoint: import.meta.env.VITE_COGNITO_ENDPOINT || undefined,
};

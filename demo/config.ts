import type { CognitoConfig } from '../src/core/index.ts';

/** The demo's Cognito settings, from VITE_COGNITO_* (set by `npm start` or by you). */
export const demoConfig: CognitoConfig = {
  userPoolId: import.meta.env.VITE_COGNITO_USER_POOL_ID,
  clientId: import.meta.env.VITE_COGNITO_CLIENT_ID ?? '',
  endpoint: import.meta.env.VITE_COGNITO_ENDPOINT || undefined,
  region: import.meta.env.VITE_COGNITO_REGION || undefined,
};

/** An app client of the same pool without USER_AUTH (sign-in after sign-up goes through SRP). */
export const srpClientId = import.meta.env.VITE_COGNITO_SRP_CLIENT_ID || undefined;

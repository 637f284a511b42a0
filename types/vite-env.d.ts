/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_COGNITO_USER_POOL_ID?: string;
  readonly VITE_COGNITO_CLIENT_ID?: string;
  readonly VITE_COGNITO_SRP_CLIENT_ID?: string;
  /** The breached-password check's range API (`npm start` runs a local one). */
  readonly VITE_BREACHED_ENDPOINT?: string;
  readonly VITE_COGNITO_ENDPOINT?: string;
  readonly VITE_COGNITO_REGION?: string;
  /** The user pool domain for social sign-up (`npm start`: the local Cognito). */
  readonly VITE_COGNITO_DOMAIN?: string;
  /** Demo only: seconds before a code can be resent (the e2e tests shorten it). */
  readonly VITE_RESEND_COOLDOWN?: string;
}

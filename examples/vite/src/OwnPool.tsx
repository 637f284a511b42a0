import { CognitoUserPool } from 'amazon-cognito-identity-js';
import { SignUp } from 'react-cognito-signup';
import { userPoolConfig } from 'react-cognito-signup/sign-in';
import { cognito } from './config.ts';

// The README's "your own pool" example: the app's own CognitoUserPool (and its storage). A
// static import of amazon-cognito-identity-js needs `define: { global: 'globalThis' }` in
// vite.config.ts.
const pool = new CognitoUserPool({
  UserPoolId: cognito.userPoolId ?? '',
  ClientId: cognito.clientId,
  endpoint: cognito.endpoint,
});
const config = userPoolConfig(pool); // { userPoolId, clientId, endpoint, autoSignIn }

export function OwnPoolSignUp() {
  return <SignUp {...config} fields={[{ name: 'email', required: true }]} />;
}

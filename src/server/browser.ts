/**
 * What browsers (and browser bundles) get for `react-cognito-signup/server`: an error. The
 * real entry handles a client secret, which must never reach a browser, and has the
 * CustomMessage Lambda trigger (`createConfirmationLinkMessage`), which runs in AWS Lambda.
 */
throw new Error(
  'react-cognito-signup/server is for servers only: it handles a client secret, which must never reach a browser. Compute the secret hash on your backend and pass getSecretHash(username) to the browser code. createConfirmationLinkMessage belongs in your CustomMessage Lambda function, and createInvitationToken / checkInvitationToken in your backend and pre sign-up Lambda, and verifyCognitoToken / readSession / refreshTokens / revokeRefreshToken / sessionCookieHeaders (sessions verified from cookies, refreshed, revoked and written back) in your server code, not in the page: the page keeps the session in cookies with sessionCookieStorage() from react-cognito-signup/sign-in.',
);

/** The loopback stand-in for Cognito that run.mjs serves beside the pages (same origin). */
export const ENDPOINT = new URL('/cognito/', location.href).href;

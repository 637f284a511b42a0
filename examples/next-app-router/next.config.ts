import type { NextConfig } from 'next';

const config: NextConfig = {
  // The browser talks to Cognito itself; this app serves pages, the SecretHash route, the
  // account page that reads the session from cookies, and the proxy that refreshes it.
  poweredByHeader: false,
  // Cache Components (Next.js 16): no `export const dynamic`; what reads the request
  // (`cookies()`, `connection()`) renders inside <Suspense>.
  cacheComponents: true,
  partialPrefetching: true,
};

export default config;

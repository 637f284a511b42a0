import type { NextConfig } from 'next';

const config: NextConfig = {
  // The browser talks to Cognito itself; this app only serves pages and the SecretHash route.
  poweredByHeader: false,
};

export default config;

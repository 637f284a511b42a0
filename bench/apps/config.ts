import type { CognitoConfig } from '../../src/index.ts';

/** Where the bench apps send requests: a loopback stub set at build time (see bench/run.ts). */
export const benchConfig: CognitoConfig = {
  clientId: 'benchclient',
  userPoolId: 'us-east-1_Bench',
  endpoint: import.meta.env.VITE_BENCH_ENDPOINT || 'http://127.0.0.1:9/',
};

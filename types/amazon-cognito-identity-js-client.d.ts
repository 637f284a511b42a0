// amazon-cognito-identity-js ships no typings for its small `Client`; these cover what we use.
declare module 'amazon-cognito-identity-js/lib/Client.js' {
  interface CognitoClientError extends Error {
    code?: string;
    statusCode?: number;
  }
  class Client {
    constructor(region: string, endpoint?: string, fetchOptions?: { credentials?: string });
    endpoint: string;
    /** Spread into every fetch() call; the constructor only keeps `credentials`. */
    fetchOptions: Record<string, unknown>;
    request(
      operation: string,
      params: unknown,
      callback: (error: CognitoClientError | null, data?: unknown) => void,
    ): void;
  }
  const ClientModule: typeof Client | { default: typeof Client };
  export default ClientModule;
}

// A local stand-in for AWS Lambda's Invoke API, so cognito-local's triggers reach real code:
// POST /2015-03-31/functions/<name>/invocations. It plays PreSignUp, CustomMessage and
// PostConfirmation, records every event, and can be told to make PreSignUp reject.
import { createServer } from 'node:http';

/** @typedef {{ name: string, event: any }} TriggerCall */
/**
 * @typedef {{
 *   url: string,
 *   port: number,
 *   calls: TriggerCall[],
 *   rejectPreSignUp: (message: string | null) => void,
 *   close: () => Promise<void>,
 * }} TriggerServer
 */

/** Starts the trigger server on 127.0.0.1 (port 0 = any free port). @returns {Promise<TriggerServer>} */
export async function startTriggerServer({ port = 0 } = {}) {
  /** @type {TriggerCall[]} */
  const calls = [];
  /** @type {string | null} */
  let preSignUpRejection = null;

  const server = createServer((req, res) => {
    const match = /^\/2015-03-31\/functions\/([^/]+)\/invocations/.exec(req.url ?? '');
    if (req.method !== 'POST' || !match) {
      res.writeHead(404).end();
      return;
    }
    const name = decodeURIComponent(match[1] ?? '');
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      let event;
      try {
        event = JSON.parse(body || '{}');
      } catch {
        res.writeHead(400).end();
        return;
      }
      calls.push({ name, event });
      const reply = (status, payload, headers = {}) => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(JSON.stringify(payload));
      };
      if (name === 'PreSignUp' && preSignUpRejection !== null) {
        reply(
          200,
          { errorType: 'Error', errorMessage: preSignUpRejection },
          { 'x-amz-function-error': 'Unhandled' },
        );
        return;
      }
      const response =
        name === 'PreSignUp'
          ? { autoConfirmUser: false, autoVerifyEmail: false, autoVerifyPhone: false }
          : name === 'CustomMessage'
            ? { smsMessage: null, emailMessage: null, emailSubject: null }
            : {};
      reply(200, { ...event, response });
    });
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(undefined));
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actualPort}`,
    port: actualPort,
    calls,
    rejectPreSignUp(message) {
      preSignUpRejection = message;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

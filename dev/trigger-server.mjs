// A local stand-in for AWS Lambda's Invoke API, so cognito-local's triggers reach real code:
// POST /2015-03-31/functions/<name>/invocations. It plays PreSignUp, CustomMessage and
// PostConfirmation, records every event, and can be told to make PreSignUp reject. PreSignUp
// verifies a stand-in CAPTCHA token sent as ValidationData `captchaToken` (see the README's
// bot protection recipe): a sign-up that carries one must carry a valid one. A federated
// sign-up (PreSignUp_ExternalProvider) of REFUSED_EXTERNAL_EMAIL is refused: the local identity
// provider's "Refused Person" (dev/oauth.cjs) shows a PreSignUp refusal at the callback.
// Bad input gets a 400, never a crash: it runs beside `npm start`, reachable from the page.
// Only cognito-local (Node, no Origin header) calls it: a foreign Host gets 421 and any page
// 403 (dev/local-guard.cjs with no allowed origin).
// CustomMessage sends a confirmation link (issue #38) when the request's ClientMetadata says
// `confirm: 'link'`, with the kit's own helper (createConfirmationLinkMessage of
// react-cognito-signup/server, src/server/confirmationLink.ts): the link opens
// ClientMetadata `linkUrl` when that is a loopback http(s) URL, else `startTriggerServer`'s
// `linkUrl` (the demo's page). Otherwise Cognito's own message with the code goes out.
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import guard from './local-guard.cjs';

/** Request bodies larger than this are refused (Cognito's trigger events are a few KB). */
export const MAX_BODY_BYTES = 256 * 1024;
/** Events kept in memory; older ones are dropped. */
export const MAX_CALLS = 1000;

/** How long a stand-in CAPTCHA token is good for, like a real provider's (Turnstile: 300 s). */
export const CAPTCHA_TOKEN_TTL_MS = 120_000;

/**
 * The stand-in for a CAPTCHA provider's siteverify: `local-captcha.<issued at, ms>`, issued at
 * most CAPTCHA_TOKEN_TTL_MS ago. Returns why a token is refused, or null when it is good.
 * @param {unknown} token
 * @returns {string | null}
 */
export function verifyStandInCaptcha(token, now = Date.now()) {
  const issued =
    typeof token === 'string' ? /^local-captcha\.(\d{13})$/.exec(token)?.[1] : undefined;
  if (!issued) return 'Bot check failed: the token is not valid.';
  const age = now - Number(issued);
  if (age < 0 || age > CAPTCHA_TOKEN_TTL_MS) return 'Bot check failed: the token has expired.';
  return null;
}

/** The email whose federated sign-up PreSignUp refuses (the local identity provider has it). */
export const REFUSED_EXTERNAL_EMAIL = 'refused@example.com';

/**
 * Why PreSignUp refuses a federated sign-up of `event`, or null.
 * @param {any} event
 * @returns {string | null}
 */
export function refuseExternalSignUp(event) {
  return event.triggerSource === 'PreSignUp_ExternalProvider' &&
    event.request?.userAttributes?.email === REFUSED_EXTERNAL_EMAIL
    ? 'Sign-up with this account is not allowed.'
    : null;
}

/** Where a confirmation link leads when neither the request nor `startTriggerServer` says. */
export const DEFAULT_LINK_URL = 'http://localhost:5173/';

/**
 * A module of src/server, the very code an app deploys (its CustomMessage trigger, its
 * invitation check). Vitest imports TypeScript itself; plain Node 20 (`npm start`) cannot, and
 * loads it through Vite's module runner instead.
 * @param {string} file the module's file name in src/server
 * @returns {(error: any) => Promise<any>}
 */
function throughViteWhenTypeScript(file) {
  return async (error) => {
    if (error?.code !== 'ERR_UNKNOWN_FILE_EXTENSION') throw error;
    const { runnerImport } = await import('vite');
    const source = fileURLToPath(new URL(`../src/server/${file}`, import.meta.url));
    const root = fileURLToPath(new URL('..', import.meta.url));
    const loaded = await runnerImport(source, { configFile: false, logLevel: 'silent', root });
    return loaded.module;
  };
}

/** @type {Promise<typeof import('../src/server/confirmationLink.ts')> | undefined} */
let confirmationLinkModule;
/** src/server/confirmationLink.ts: the CustomMessage trigger that writes a confirmation link. */
export function loadConfirmationLink() {
  confirmationLinkModule ??= import('../src/server/confirmationLink.ts').catch(
    throughViteWhenTypeScript('confirmationLink.ts'),
  );
  return confirmationLinkModule;
}

/** @type {Promise<typeof import('../src/server/invitation.ts')> | undefined} */
let invitationModule;
/** src/server/invitation.ts: invitation tokens a pre sign-up trigger checks. */
export function loadInvitation() {
  invitationModule ??= import('../src/server/invitation.ts').catch(
    throughViteWhenTypeScript('invitation.ts'),
  );
  return invitationModule;
}

/**
 * The secret of the stand-in's invitations (a real backend keeps its own in a secret store):
 * LOCAL_INVITATION_SECRET, or a fixed one for the demo and the tests.
 */
export const INVITATION_SECRET =
  process.env.LOCAL_INVITATION_SECRET ?? 'local-invitation-secret-for-the-demo-only-0123456789';

/**
 * An invitation link to `page` for `email`, valid for `days` days (the demo prints one).
 * @param {string} page @param {string} email @param {number} [days]
 */
export async function invitationLinkFor(page, email, days = 7) {
  const { createInvitationToken } = await loadInvitation();
  const token = createInvitationToken(
    { email, expiresAt: Date.now() + days * 24 * 60 * 60 * 1000 },
    INVITATION_SECRET,
  );
  const url = new URL(page);
  url.searchParams.set('email', email);
  url.searchParams.set('invite', token);
  return url.href;
}

/**
 * Why PreSignUp refuses the invitation `event` carries (ValidationData `invite`), or null when
 * it carries none or a good one: the words reach the person as the Lambda's.
 * @param {any} event
 */
async function refuseInvitation(event) {
  const token = event.request?.validationData?.invite;
  if (token === undefined) return null;
  const { checkInvitationToken } = await loadInvitation().catch(() => ({
    // Not loaded: every invitation is refused (the sign-up is told, nothing is let through).
    checkInvitationToken: () => 'unchecked',
  }));
  const problem = checkInvitationToken(token, {
    email: event.request?.userAttributes?.email,
    secret: INVITATION_SECRET,
  });
  return problem
    ? 'This invitation is not valid for this email, or it has expired. Ask for a new one.'
    : null;
}

/**
 * Whether `value` is an http(s) URL on a loopback host (localhost, 127.x.x.x, [::1]): the only
 * `linkUrl` a request may choose, so no caller can make the stand-in send links elsewhere.
 * @param {unknown} value
 */
export function isLoopbackHttpUrl(value) {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return (
      (url.protocol === 'http:' || url.protocol === 'https:') &&
      (url.hostname === 'localhost' ||
        url.hostname === '[::1]' ||
        /^127(\.\d{1,3}){3}$/.test(url.hostname))
    );
  } catch {
    return false;
  }
}

/**
 * CustomMessage as the stand-in plays it: a confirmation link when the request's ClientMetadata
 * has `confirm: 'link'`, else Cognito's default message (all three fields null).
 * @param {any} event
 * @param {string} linkUrl the page a link opens when the request names no loopback `linkUrl`
 */
export async function playCustomMessage(event, linkUrl) {
  const plain = {
    ...event,
    response: { smsMessage: null, emailMessage: null, emailSubject: null },
  };
  const metadata = event.request?.clientMetadata;
  if (metadata?.confirm !== 'link') return plain;
  const { createConfirmationLinkMessage } = await loadConfirmationLink();
  const appUrl = isLoopbackHttpUrl(metadata.linkUrl) ? metadata.linkUrl : linkUrl;
  return createConfirmationLinkMessage({ appUrl })(plain);
}

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

/**
 * Starts the trigger server on 127.0.0.1 (port 0 = any free port). `linkUrl`: the page a
 * confirmation link opens (the demo's), unless the request's ClientMetadata names a loopback one.
 * @param {{ port?: number, linkUrl?: string }} [options]
 * @returns {Promise<TriggerServer>}
 */
export async function startTriggerServer({ port = 0, linkUrl = DEFAULT_LINK_URL } = {}) {
  if (!isLoopbackHttpUrl(linkUrl)) {
    throw new Error(`The trigger server's linkUrl must be a loopback http(s) URL: ${linkUrl}`);
  }
  // Loaded now: a failure shows at start, and the first sign-up does not wait for it.
  await loadConfirmationLink();
  /** @type {TriggerCall[]} */
  const calls = [];
  /** @type {string | null} */
  let preSignUpRejection = null;

  /** The port it listens on, once it does (the Host header must name it). */
  let actualPort = port;
  const server = createServer((req, res) => {
    const rules = { port: actualPort, origins: new Set(), allowMethods: 'POST' };
    if (guard.guardRequest(req, res, rules)) return;
    const match = /^\/2015-03-31\/functions\/([^/]+)\/invocations/.exec(req.url ?? '');
    if (req.method !== 'POST' || !match) {
      res.writeHead(404).end();
      return;
    }
    let name;
    try {
      name = decodeURIComponent(match[1] ?? '');
    } catch {
      res.writeHead(400).end();
      return;
    }
    let body = '';
    let size = 0;
    req.setEncoding('utf8');
    req.on('error', () => {});
    req.on('data', (chunk) => {
      size += Buffer.byteLength(chunk);
      if (size > MAX_BODY_BYTES) {
        res.writeHead(413, { connection: 'close' }).end();
        req.destroy();
        return;
      }
      body += chunk;
    });
    req.on('end', async () => {
      if (size > MAX_BODY_BYTES) return;
      let event;
      try {
        event = JSON.parse(body || '{}');
      } catch {
        res.writeHead(400).end();
        return;
      }
      if (!event || typeof event !== 'object' || Array.isArray(event)) {
        res.writeHead(400).end();
        return;
      }
      calls.push({ name, event });
      if (calls.length > MAX_CALLS) calls.splice(0, calls.length - MAX_CALLS);
      const reply = (status, payload, headers = {}) => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(JSON.stringify(payload));
      };
      const validationData = event.request?.validationData;
      const captcha =
        validationData && typeof validationData === 'object' && 'captchaToken' in validationData
          ? verifyStandInCaptcha(validationData.captchaToken)
          : null;
      const rejection =
        name === 'PreSignUp'
          ? (preSignUpRejection ??
            captcha ??
            refuseExternalSignUp(event) ??
            (await refuseInvitation(event)))
          : null;
      if (rejection !== null) {
        reply(
          200,
          { errorType: 'Error', errorMessage: rejection },
          { 'x-amz-function-error': 'Unhandled' },
        );
        return;
      }
      if (name === 'CustomMessage') {
        playCustomMessage(event, linkUrl).then(
          (answer) => reply(200, answer),
          (error) =>
            reply(
              200,
              { errorType: 'Error', errorMessage: String(error?.message ?? error) },
              { 'x-amz-function-error': 'Unhandled' },
            ),
        );
        return;
      }
      const response =
        name === 'PreSignUp'
          ? { autoConfirmUser: false, autoVerifyEmail: false, autoVerifyPhone: false }
          : {};
      reply(200, { ...event, response });
    });
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(undefined));
  });
  const address = server.address();
  actualPort = typeof address === 'object' && address ? address.port : port;
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

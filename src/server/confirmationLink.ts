/**
 * Confirm by link (issue #38): a CustomMessage Lambda trigger that puts a link into the
 * confirmation email and SMS, back to the app page that confirms. Re-exported by
 * `react-cognito-signup/server`; dependency-free (no Node built-ins, no DOM) so the local
 * trigger stand-in (dev/trigger-server.mjs) runs this very code.
 *
 * Cognito hands the trigger a placeholder (`event.request.codeParameter`, usually `{####}`), never
 * the code, and replaces every occurrence of it after the function returns. The link therefore
 * carries the placeholder, unencoded: `<appUrl>#u=<username, URL-encoded>&c={####}`. It is a
 * fragment, so neither the username nor the code reaches the app's server or its logs.
 */

/** The trigger sources this helper writes a message for; any other event comes back untouched. */
export const CONFIRMATION_LINK_SOURCES = ['CustomMessage_SignUp', 'CustomMessage_ResendCode'];

/** The parts of Cognito's CustomMessage event this helper reads and writes. */
export interface CustomMessageTriggerEvent {
  triggerSource: string;
  userName: string;
  userPoolId?: string;
  region?: string;
  callerContext?: { clientId?: string; awsSdkVersion?: string };
  request: {
    codeParameter: string;
    usernameParameter?: string | null;
    userAttributes?: Record<string, string>;
    clientMetadata?: Record<string, string>;
    linkParameter?: string;
  };
  response: {
    smsMessage?: string | null;
    emailMessage?: string | null;
    emailSubject?: string | null;
  };
}

/** The words of a confirmation message: `email` is HTML, `sms` plain text. Both must hold the link. */
export interface ConfirmationLinkWords {
  email: string;
  sms: string;
}

export interface ConfirmationLinkMessageOptions {
  /**
   * The app page that confirms, e.g. `https://app.example/confirm`: an absolute https: URL
   * (http: only on loopback: localhost, 127.x.x.x, [::1]), without a fragment or credentials.
   */
  appUrl: string;
  /** The email subject. Default: "Confirm your account". */
  subject?: string | ((event: CustomMessageTriggerEvent) => string);
  /**
   * Writes the words. `link` is the raw URL with the code placeholder in it: escape it for HTML
   * in `email` (`&` → `&amp;`, `"` → `&quot;`, `<` → `&lt;`, `'` → `&#39;`). `email` and `sms`
   * must both contain the placeholder, else the handler throws (Cognito refuses a message
   * without it). Default: English (subject "Confirm your account", the link as a link and as
   * text in the email, "Confirm your account: <link>" by SMS).
   */
  message?: (link: string, event: CustomMessageTriggerEvent) => ConfirmationLinkWords;
  /**
   * Whether this request gets a link (default: every one). E.g. only when the app asks for it:
   * `(event) => event.request.clientMetadata?.confirm === 'link'`. Otherwise the event comes back
   * untouched and Cognito sends its own message with the code.
   */
  when?: (event: CustomMessageTriggerEvent) => boolean | Promise<boolean>;
}

/** `&`, `<`, `>`, `"` and `'` as HTML character references: safe in text and in quoted attributes. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const LOOPBACK_HOSTS = new Set(['localhost', '[::1]']);

/** The app URL, checked: https:, or http: on loopback; no fragment, no credentials. */
function checkedAppUrl(appUrl: string): string {
  let url: URL;
  try {
    url = new URL(appUrl);
  } catch {
    throw new Error(
      `createConfirmationLinkMessage: appUrl must be an absolute URL such as https://app.example/confirm (got ${JSON.stringify(appUrl)}).`,
    );
  }
  const loopback = LOOPBACK_HOSTS.has(url.hostname) || /^127(\.\d{1,3}){3}$/.test(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new Error(
      `createConfirmationLinkMessage: appUrl must be an https: URL (http: only on localhost, 127.0.0.1 or [::1]); got ${url.protocol}//${url.host}. A confirmation link over plain HTTP exposes the code.`,
    );
  }
  if (url.username || url.password) {
    throw new Error('createConfirmationLinkMessage: appUrl must not contain credentials.');
  }
  if (url.hash || appUrl.includes('#')) {
    throw new Error(
      'createConfirmationLinkMessage: appUrl must not have a fragment (#…): the link puts the username and the code there.',
    );
  }
  return url.href;
}

/**
 * THE link format (the one place it is defined): `<appUrl>#u=<username>&c=<code placeholder>`.
 * The username is URL-encoded; the placeholder goes in as it is, for Cognito to replace.
 */
export function confirmationLinkFor(appUrl: string, username: string, codeParameter: string) {
  return `${appUrl}#u=${encodeURIComponent(username)}&c=${codeParameter}`;
}

/**
 * The default English words: an HTML email with the link as a link and as text, and the code
 * itself (for the person who confirms on another device, or whose mail client cut the link);
 * an SMS with the link.
 */
export function defaultConfirmationLinkWords(
  link: string,
  event: Pick<CustomMessageTriggerEvent, 'request'>,
): ConfirmationLinkWords {
  const html = escapeHtml(link);
  return {
    email: [
      '<p>Thanks for signing up. Confirm your account by opening this link:</p>',
      `<p><a href="${html}">Confirm your account</a></p>`,
      `<p>If the link does not open, copy this address into your browser:<br>${html}</p>`,
      `<p>Or enter this code on the sign-up page: ${escapeHtml(event.request.codeParameter)}</p>`,
      '<p>If you did not sign up, ignore this email.</p>',
    ].join('\n'),
    sms: `Confirm your account: ${link}`,
  };
}

/**
 * A CustomMessage Lambda handler (Node.js, ESM) that sends a confirmation link for
 * `CustomMessage_SignUp` and `CustomMessage_ResendCode`; every other event comes back untouched.
 *
 * ```ts
 * // index.mjs of the CustomMessage function
 * import { createConfirmationLinkMessage } from 'react-cognito-signup/server';
 * export const handler = createConfirmationLinkMessage({
 *   appUrl: 'https://app.example/confirm',
 *   when: (event) => event.request.clientMetadata?.confirm === 'link',
 * });
 * ```
 * Throws at creation when `appUrl` is not an https: URL (http: on loopback only).
 */
export function createConfirmationLinkMessage(
  options: ConfirmationLinkMessageOptions,
): <E extends CustomMessageTriggerEvent>(event: E) => Promise<E> {
  const appUrl = checkedAppUrl(options.appUrl);
  const write = options.message ?? defaultConfirmationLinkWords;
  return async (event) => {
    if (!CONFIRMATION_LINK_SOURCES.includes(event.triggerSource)) return event;
    if (options.when && !(await options.when(event))) return event;
    const placeholder = event.request.codeParameter;
    if (!placeholder) {
      throw new Error('createConfirmationLinkMessage: the event has no request.codeParameter.');
    }
    const link = confirmationLinkFor(appUrl, event.userName, placeholder);
    const words = write(link, event);
    // Cognito requires the code placeholder in the message; here it comes with the link.
    for (const part of ['email', 'sms'] as const) {
      const text = words?.[part];
      if (typeof text !== 'string' || !text.includes(placeholder)) {
        throw new Error(
          `createConfirmationLinkMessage: message(link, event).${part} must contain the link (with ${placeholder} in it).`,
        );
      }
    }
    const subject =
      typeof options.subject === 'function'
        ? options.subject(event)
        : (options.subject ?? 'Confirm your account');
    return {
      ...event,
      response: {
        ...event.response,
        emailSubject: subject,
        emailMessage: words.email,
        smsMessage: words.sms,
      },
    };
  };
}

/**
 * Confirmation by link, back in the app (`react-cognito-signup/link`): a CustomMessage trigger
 * puts a link to the app into the message (`…/confirm#u=<username>&c=<code>`); this page reads
 * it, removes it from the address bar and history at once, and confirms. In the browser that
 * signed up, the tab that did hands over SignUp's Session (a same-origin BroadcastChannel), so
 * the flow ends signed in as after a typed code; elsewhere it ends confirmed.
 */
import { SignUpError } from '../errors/index.js';
import type { LinkMessageKey } from '../locales/en.js';
import type { SignUpFlow } from './signUpFlow.types.js';

/** Options of {@link confirmationLink}. */
export interface ConfirmationLinkOptions {
  /** The link's parameter with the username (default `u`). */
  usernameParam?: string;
  /** The link's parameter with the code (default `c`). */
  codeParam?: string;
  /**
   * Where the parameters are: the fragment (default: never sent to a server, never in a
   * Referer) or the query.
   */
  in?: 'fragment' | 'query';
  /** How long to wait for the tab that signed up to hand over its Session (default 800 ms). */
  handoffMs?: number;
}

/** A confirmation link read from an address: its parts, or what is missing. */
export type LinkReading = { username: string; code: string } | { incomplete: true };

/** The confirmation link in `href`, or `undefined` when it carries none of its parameters. */
export function readConfirmationLink(
  href: string,
  options: ConfirmationLinkOptions = {},
): LinkReading | undefined {
  const url = new URL(href);
  const params = new URLSearchParams(options.in === 'query' ? url.search : url.hash.slice(1));
  const username = params.get(options.usernameParam ?? 'u')?.trim();
  const code = params.get(options.codeParam ?? 'c')?.replace(/\s+/g, '');
  if (username === undefined && code === undefined) return undefined;
  return username && code ? { username, code } : { incomplete: true };
}

/** `href` without the link's parameters (what goes back into the address bar and history). */
export function withoutConfirmationLink(
  href: string,
  options: ConfirmationLinkOptions = {},
): string {
  const url = new URL(href);
  const keys = [options.usernameParam ?? 'u', options.codeParam ?? 'c'];
  if (options.in === 'query') {
    for (const key of keys) url.searchParams.delete(key);
  } else {
    const params = new URLSearchParams(url.hash.slice(1));
    for (const key of keys) params.delete(key);
    url.hash = params.toString();
  }
  return url.href.replace(/#$/, '');
}

/** The messages between tabs of one browser, on a channel of the app client's. */
type TabMessage =
  | { type: 'sessionWanted'; username: string }
  | { type: 'session'; username: string; session: string };

/** What following a link needs of the form: its flow, and its app client. */
export interface LinkFollower {
  flow: Pick<SignUpFlow, 'getState' | 'startConfirmation' | 'confirm' | 'fail'>;
  clientId: string;
}

/** What `<SignUp link>` and `useSignUp({ link })` take (`confirmationLink()` makes it). */
export interface ConfirmationLink {
  /** The link's English (the bundled catalogs translate it). */
  messages: Partial<Record<string, string>>;
  /**
   * On mount: hands this tab's Session to a link's page of the same browser when asked, and,
   * when this page's address is a link, confirms with it. Returns the cleanup.
   */
  follow(form: LinkFollower): () => void;
}

/** The link's English: a link that lacks a part. */
export const LINK_MESSAGES: Record<LinkMessageKey, string> = {
  'link.incomplete':
    'This confirmation link is incomplete. Open the link in the latest message we sent, or enter the code.',
};

/**
 * A confirmation link for `<SignUp link>` / `useSignUp({ link })`: the page the link opens
 * confirms the account; any page of the form answers a link's page that asks for the Session
 * of a sign-up it started (the same browser: the flow ends signed in).
 */
export function confirmationLink(options: ConfirmationLinkOptions = {}): ConfirmationLink {
  /** The link this page load was opened with, read once (a remount reads it again from here). */
  let taken: LinkReading | 'none' | undefined;
  return {
    messages: LINK_MESSAGES,
    follow({ flow, clientId }) {
      const channel =
        typeof BroadcastChannel === 'function'
          ? new BroadcastChannel(`react-cognito-signup:${clientId}`)
          : undefined;
      let stopped = false;
      // Any tab at the confirm step answers for its own username only, with its own Session.
      channel?.addEventListener('message', ({ data }: MessageEvent<TabMessage>) => {
        const state = flow.getState();
        const session = state.result?.Session;
        if (
          data?.type === 'sessionWanted' &&
          state.step === 'confirm' &&
          state.username === data.username &&
          session
        ) {
          channel.postMessage({ type: 'session', username: data.username, session });
        }
      });
      if (taken === undefined) {
        const href = globalThis.location?.href;
        const reading = href ? readConfirmationLink(href, options) : undefined;
        // The code leaves the address bar and the history entry before anything else.
        if (reading && href) {
          globalThis.history.replaceState(
            globalThis.history.state,
            '',
            withoutConfirmationLink(href, options),
          );
        }
        taken = reading ?? 'none';
      }
      const link = taken;
      if (link !== 'none') void confirmWith(link);

      async function confirmWith(reading: LinkReading) {
        if ('incomplete' in reading) {
          taken = 'none';
          flow.fail(
            new SignUpError({
              code: 'ValidationError',
              message:
                process.env.NODE_ENV === 'production'
                  ? 'link'
                  : 'The confirmation link lacks its username or its code.',
              messageKey: 'link.incomplete',
            }),
          );
          return;
        }
        const session = await handedSession(reading.username);
        // Unmounted meanwhile (React's StrictMode remounts at once): the next follow goes on.
        if (stopped) return;
        taken = 'none';
        flow.startConfirmation(reading.username, session);
        await flow.confirm(reading.code);
      }

      /** The Session the tab that signed up hands over, or none within `handoffMs`. */
      function handedSession(username: string): Promise<string | undefined> {
        if (!channel) return Promise.resolve(undefined);
        return new Promise((resolve) => {
          const timer = setTimeout(() => resolve(undefined), options.handoffMs ?? 800);
          channel.addEventListener('message', ({ data }: MessageEvent<TabMessage>) => {
            if (data?.type === 'session' && data.username === username) {
              clearTimeout(timer);
              resolve(data.session);
            }
          });
          channel.postMessage({ type: 'sessionWanted', username });
        });
      }

      return () => {
        stopped = true;
        channel?.close();
      };
    },
  };
}

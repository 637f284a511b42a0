/**
 * The breached-password check (`react-cognito-signup/breached-password`), framework-free: a
 * k-anonymity range lookup (Have I Been Pwned's Pwned Passwords API, or a mirror of it) or a
 * check of your own, once per distinct password, never blocking sign-up on the network.
 */
import type { FormExtension } from '../controller/index.js';
import {
  configurationError,
  type Problem,
  problem as refusal,
  type SignUpError,
  warnOnce,
} from '../errors/index.js';
import type { PasswordCheck } from '../fields/index.js';
import type { BreachedMessageKey } from '../locales/en.js';
import { endpointProblem, readBounded } from '../wire/index.js';
import { sha1Hex } from './sha1.js';

/** Have I Been Pwned's Pwned Passwords API. */
export const PWNED_PASSWORDS_ENDPOINT = 'https://api.pwnedpasswords.com';

/** A padded range answer is 800–1,000 lines of 40 bytes; anything far larger is not one. */
export const MAX_RANGE_BYTES = 256 * 1024;

/** Why a lookup gave no answer. The message names the reason, never the password or its hash. */
export type BreachedPasswordErrorReason =
  | 'timeout'
  | 'network'
  | 'status'
  | 'tooLarge'
  | 'malformed'
  | 'insecureContext'
  | 'check';

export class BreachedPasswordCheckError extends Error {
  override name = 'BreachedPasswordCheckError';
  readonly reason: BreachedPasswordErrorReason;
  constructor(reason: BreachedPasswordErrorReason, message: string) {
    super(message);
    this.reason = reason;
  }
}

export interface BreachedPasswordOptions {
  /**
   * `block` (default): a breached password is a field error and no SignUp is sent. `warn`: the
   * person is told once and may go on.
   */
  mode?: 'block' | 'warn';
  /**
   * Base URL of the range API: `{endpoint}/range/{five hex characters}` (default HIBP's). An
   * absolute `https:` URL without credentials (plain `http:` only on loopback, for a local
   * stand-in); anything else is a ConfigurationError when the check is made.
   */
  endpoint?: string;
  /**
   * Your own check instead of the range lookup: how often the password was seen in breaches
   * (0: never). It receives the password itself; keep it off logs and URLs.
   */
  check?: (password: string, context: { signal: AbortSignal }) => Promise<number>;
  /** Milliseconds before a lookup gives up (default 3000); the check then passes (fail-open). */
  timeout?: number;
  /** A lookup that fails stops the sign-up ("could not be checked") instead of passing. */
  failClosed?: boolean;
  /**
   * A lookup that failed (timeout, network, non-2xx, malformed or oversized answer). In
   * development, without it, the console says so once per reason.
   */
  onError?: (error: BreachedPasswordCheckError) => void;
}

/**
 * What `useSignUp({ breachedPassword })` and `<SignUp breachedPassword>` take: made by
 * `checkBreachedPassword()`. A form extension: the controller asks it on blur of the password
 * (`blur`) and when it validates (`check`: a submit looks the password up, a keystroke's
 * revalidation reads only what is known), and the checklist reads its `rule`.
 */
export interface BreachedPasswordCheck extends FormExtension {
  mode: 'block' | 'warn';
  /** The English of the check's messages. */
  messages: Record<BreachedMessageKey | 'validation.breachedWarning.one', string>;
  /**
   * The checklist's rule "Not found in known data breaches", once this password was checked
   * (and until the check forgets; a password never looked up gets no answer).
   */
  rule(password: string): PasswordCheck | undefined;
  /** Block mode: the problem of a password already found in breaches (validation, no request). */
  problem(password: string): Problem | undefined;
  /**
   * Looks the password up (once per distinct password) and returns what to show on the field:
   * `breached` (block), `breachedWarning` (warn, the first time it is found), or
   * `breachedUnchecked` (a failed lookup with `failClosed`). Never rejects.
   */
  screen(password: string): Promise<Problem | undefined>;
  /**
   * Forgets every verdict, and any lookup still running: the controller calls it when SignUp
   * went through and at Start over. The next check of a password looks it up again.
   */
  forget(): void;
}

/**
 * How often the password appears in the range answer for its hash's first five characters
 * (0: not at all). Only those five characters leave the page; padding lines (`:0`) count for
 * nothing; a line that is not `<35 hex>:<count>` makes the whole answer malformed.
 */
export async function rangeCount(
  endpoint: string,
  password: string,
  signal: AbortSignal,
): Promise<number> {
  const hash = sha1Hex(password);
  const url = `${endpoint.replace(/\/+$/, '')}/range/${hash.slice(0, 5)}`;
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { 'Add-Padding': 'true' },
      signal,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      // Nothing kept in the HTTP cache (the prefix tells a little about the password), and no
      // redirect followed: an answer from anywhere but the endpoint is not believed.
      cache: 'no-store',
      redirect: 'error',
    });
  } catch {
    // The platform's own error may quote the URL, which holds the prefix: not passed on.
    throw signal.aborted
      ? new BreachedPasswordCheckError('timeout', 'the range lookup timed out')
      : new BreachedPasswordCheckError(
          'network',
          'the range lookup failed (network, CORS or a redirect)',
        );
  }
  if (!response.ok) {
    void response.body?.cancel().catch(() => {});
    throw new BreachedPasswordCheckError('status', `the range lookup answered ${response.status}`);
  }
  let text: string;
  try {
    text = await readBounded(response, MAX_RANGE_BYTES);
  } catch (error) {
    if ((error as SignUpError).code === 'InvalidResponseError')
      throw new BreachedPasswordCheckError(
        'tooLarge',
        `the range answer is over ${MAX_RANGE_BYTES} bytes`,
      );
    throw signal.aborted
      ? new BreachedPasswordCheckError('timeout', 'the range lookup timed out')
      : new BreachedPasswordCheckError('network', 'the range answer could not be read');
  }
  const suffix = hash.slice(5);
  let count = 0;
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed) continue;
    const match = /^([0-9A-F]{35}):(\d{1,12})$/i.exec(trimmed);
    if (!match) throw new BreachedPasswordCheckError('malformed', 'the range answer is malformed');
    if (match[1]?.toUpperCase() === suffix) count = Number(match[2]);
  }
  return count;
}

/** The development console's word for a failed lookup, when the app has no `onError`. */
function reportInDevelopment(error: BreachedPasswordCheckError): void {
  if (process.env.NODE_ENV !== 'production') {
    warnOnce(
      `breached-password check: ${error.message}; the password was let through (fail-open). Pass \`onError\` to handle it.`,
    );
  }
}

/** Distinct passwords whose verdicts one check remembers (by hash, in memory only). */
const REMEMBERED = 20;

/**
 * A breached-password check for `useSignUp({ breachedPassword })` / `<SignUp breachedPassword>`.
 * Never per keystroke: the hook looks a password up on blur and at submit, once per distinct
 * password. What it remembers is each password's SHA-1 and how often it was seen, never the
 * password, and it forgets them when SignUp goes through and at Start over. A lookup that fails
 * or times out lets the password through unless `failClosed`; outside a secure context the
 * range lookup is skipped. An endpoint that is not `https:` (or `http:` on loopback) is a
 * ConfigurationError here.
 */
export function checkBreachedPassword(
  options: BreachedPasswordOptions = {},
): BreachedPasswordCheck {
  const {
    mode = 'block',
    endpoint = PWNED_PASSWORDS_ENDPOINT,
    timeout = 3000,
    failClosed = false,
  } = options;
  if (endpointProblem(endpoint)) {
    throw configurationError(
      process.env.NODE_ENV === 'production'
        ? 'breachedPassword endpoint'
        : 'checkBreachedPassword: endpoint must be an absolute https: URL without credentials, e.g. https://api.pwnedpasswords.com (plain http: only on loopback, e.g. http://127.0.0.1:8788).',
    );
  }
  /** Counts found, by the password's SHA-1 (settled lookups only: a failure is tried again). */
  const counts = new Map<string, number>();
  /** Lookups under way, by the password's SHA-1. */
  const pending = new Map<string, Promise<number>>();
  /** Which memory a lookup reports to: `forget()` starts a new one. */
  let memory = 0;
  /** The count remembered for `password`, if any (hashed only when something is remembered). */
  const known = (password: string) => (counts.size ? counts.get(sha1Hex(password)) : undefined);

  const lookup = async (password: string, hash: string): Promise<number> => {
    const found = counts.get(hash);
    if (found !== undefined) return found;
    const running = pending.get(hash);
    if (running) return running;
    const signal = AbortSignal.timeout(timeout);
    const work = (async () => {
      if (!options.check && globalThis.isSecureContext === false) {
        throw new BreachedPasswordCheckError(
          'insecureContext',
          'skipped outside a secure context (https or localhost)',
        );
      }
      if (!options.check) return rangeCount(endpoint, password, signal);
      try {
        const count = await options.check(password, { signal });
        if (!Number.isFinite(count) || count < 0) throw new Error();
        return count;
      } catch {
        // Your check's own error might quote what it was given.
        throw new BreachedPasswordCheckError('check', 'the custom check failed or gave no count');
      }
    })();
    pending.set(hash, work);
    const startedIn = memory;
    // Settled: out of the lookups under way, unless the check forgot since it began.
    const settle = () => {
      if (startedIn === memory) pending.delete(hash);
      return startedIn === memory;
    };
    return work.then(
      (count) => {
        if (!settle()) return count;
        counts.delete(hash);
        counts.set(hash, count);
        // The oldest go first: a page remembers a few passwords, not every one tried.
        for (const old of counts.keys()) {
          if (counts.size <= REMEMBERED) break;
          counts.delete(old);
        }
        return count;
      },
      (error: BreachedPasswordCheckError) => {
        settle();
        throw error;
      },
    );
  };

  const checker: BreachedPasswordCheck = {
    mode,
    messages: {
      'password.rule.breached': 'Not found in known data breaches',
      'validation.breached': 'This password appeared in a data breach. Choose another one.',
      'validation.breachedWarning':
        'This password appeared {count} times in data breaches. Choose another one, or submit again to keep it.',
      'validation.breachedWarning.one':
        'This password appeared {count} time in data breaches. Choose another one, or submit again to keep it.',
      'validation.breachedUnchecked':
        'This password could not be checked against known data breaches. Try again in a moment.',
    },
    // As an extension of the form: at a submit, a password that meets the policy is looked
    // up; a keystroke's revalidation says only what is known; leaving the field looks it up.
    async check(problems, { password }, { whole }) {
      if (typeof password !== 'string' || problems.password) return;
      const found = whole ? await checker.screen(password) : checker.problem(password);
      if (found) problems.password = found;
    },
    blur: async (name, value) => (name === 'password' && value ? checker.screen(value) : undefined),
    rule(password) {
      const count = known(password);
      return count === undefined
        ? undefined
        : { rule: 'breached', met: count === 0, messageKey: 'password.rule.breached', values: {} };
    },
    problem(password) {
      const count = known(password);
      return mode === 'block' && count ? refusal('breached', { count }) : undefined;
    },
    async screen(password): Promise<Problem | undefined> {
      const hash = sha1Hex(password);
      const seen = counts.has(hash);
      try {
        const count = await lookup(password, hash);
        if (!count) return undefined;
        if (mode === 'block') return refusal('breached', { count });
        // Warn: said once, when first found; the next submit goes on.
        return seen ? undefined : refusal('breachedWarning', { count });
      } catch (error) {
        const failure = error as BreachedPasswordCheckError;
        if (options.onError) options.onError(failure);
        else reportInDevelopment(failure);
        return failClosed ? refusal('breachedUnchecked') : undefined;
      }
    },
    forget() {
      counts.clear();
      pending.clear();
      memory++;
    },
  };
  return checker;
}

/**
 * Social sign-up through the user pool's identity providers (`react-cognito-signup/social`):
 * "Continue with Google" sends the person to the pool domain's authorize endpoint with PKCE;
 * back on the callback route, the code is exchanged for tokens that are checked and cached as
 * auto sign-in caches them, the fields the app needs that the provider did not share are asked
 * for once ("complete your profile"), and the person ends signed in. A small store, no React.
 */
import type { CognitoUser, CognitoUserPool, ICognitoStorage } from 'amazon-cognito-identity-js';
import { configurationError, normalizeCognitoError, SignUpError } from '../errors/index.js';
import {
  type FieldInput,
  type FormField,
  type FormValues,
  resolveFields,
  resolvePasswordPolicy,
  toSignUpInput,
  validateForm,
} from '../fields/index.js';
import type { SignedIn } from '../flow/index.js';
import type { PasskeyOffer } from '../passkey/index.js';
import {
  cacheSession,
  checkTokens,
  claimsOf,
  loadIdentityJs,
  type PoolConfig,
  sessionPool,
  userWithTransport,
} from '../signIn/index.js';
import { type CognitoConfig, transportFor } from '../wire/index.js';
import {
  authorizeUrl,
  domainOrigin,
  exchangeCode,
  pkceChallenge,
  randomToken,
  readCallback,
  type TokenAnswer,
  withoutCallback,
} from './oauth.js';

/** An identity provider of the pool: its name as Cognito knows it, and the name people read. */
export interface SocialProvider {
  /** `Google`, `Facebook`, `LoginWithAmazon`, `SignInWithApple`, or an OIDC / SAML provider's name. */
  name: string;
  /** The button's provider name ("Continue with {label}"); default: the brand of a known provider, else `name`. */
  label?: string;
}

/** Options of {@link socialSignUp}. */
export interface SocialSignUpOptions {
  /**
   * The user pool domain: `myapp.auth.eu-west-1.amazoncognito.com`, a custom domain
   * (`https://auth.example.com`), or the local Cognito's address (`http://127.0.0.1:9229`).
   */
  domain: string;
  /** The providers to offer, in order: names, or `{ name, label }`. */
  providers: ReadonlyArray<string | SocialProvider>;
  /**
   * Where the domain sends the person back: one of the app client's callback URLs, exactly.
   * Default: this page (`location.origin + location.pathname`).
   */
  redirectUri?: string;
  /**
   * OAuth scopes. Default `openid email profile`, and `aws.cognito.signin.user.admin` when
   * `profileFields` are given (UpdateUserAttributes needs it).
   */
  scopes?: readonly string[];
  /**
   * Attributes the app needs that a provider may not share (`custom:plan`, a terms checkbox
   * kept as `custom:terms`): asked once, after the provider, when the ID token lacks them.
   */
  profileFields?: readonly FieldInput[];
  /** The app's `CognitoUserPool`: the session is cached in its storage. */
  userPool?: CognitoUserPool;
  /** Where the session is cached without `userPool` (default: localStorage). */
  storage?: ICognitoStorage;
  /** Offers a passkey once signed in (`offerPasskey()` from `react-cognito-signup/passkey`). */
  passkey?: PasskeyOffer;
  /** How the browser goes to the authorize URL (default `location.assign`); tests replace it. */
  navigate?: (url: string) => void;
}

/** What the form around social sign-up gives it: where the pool is, and what to tell. */
export interface SocialSignUpContext extends CognitoConfig {
  /** Static ClientMetadata, sent with UpdateUserAttributes as with every request of the form. */
  clientMetadata?: Record<string, string>;
  onSignedIn?: (signedIn: SignedIn) => void;
  onError?: (error: SignUpError) => void;
}

/** Where a social sign-up is. */
export type SocialStatus =
  /** The buttons, ready. */
  | 'idle'
  /** On the way to the provider. */
  | 'redirecting'
  /** Back from the provider: the code is exchanged and checked. */
  | 'completing'
  /** Signed in, but fields the app needs are missing: {@link SocialState.fields}. */
  | 'profile'
  /** A changed email or phone number awaits its code: {@link SocialState.destination}. */
  | 'verifying'
  /** Done: {@link SocialState.signedIn}. */
  | 'signedIn';

/** A social sign-up's outcome in words: an error with `messageKey` and its `values` (`provider`, `attribute`). */
export interface SocialState {
  status: SocialStatus;
  /** The provider of the sign-up under way (its label). */
  provider?: string;
  /** What went wrong; the buttons and the form stay offered. */
  error?: SignUpError;
  /** The fields to complete (status `profile`). */
  fields: FormField[];
  /** Where a verification code went (status `verifying`). */
  destination?: string;
  signedIn?: SignedIn;
}

/** The social sign-up store `<SignUp social>` and `useSocialSignUp` drive. */
export interface SocialSignUp {
  getState(): SocialState;
  subscribe(listener: () => void): () => void;
  /** Sends the person to `provider` (a name of `providers`). */
  start(provider: string): Promise<void>;
  /**
   * On the callback route: reads the code or error in `href` (default: this page), removes it
   * from the address bar and history at once, checks `state`, exchanges the code and signs in.
   * Resolves to false when `href` is no callback.
   */
  complete(href?: string): Promise<boolean>;
  /** Sends the completed profile (status `profile`); answers the problems of fields, if any. */
  submitProfile(values: FormValues): Promise<Record<string, { reason: string }> | undefined>;
  /** Confirms a changed email or phone number with its code (status `verifying`). */
  verify(code: string): Promise<void>;
  /** Back to the buttons and the form, the error cleared (a profile left incomplete: signed out). */
  reset(): void;
  /** Stops what is under way (an unmount): nothing more is told. */
  abort(): void;
  /** The form's latest configuration (each request reads it). */
  setContext(next: SocialSignUpContext): void;
}

/** Brands of the providers Cognito names. */
const BRANDS: Record<string, string> = {
  Google: 'Google',
  Facebook: 'Facebook',
  LoginWithAmazon: 'Amazon',
  SignInWithApple: 'Apple',
};

/** The label of a provider. */
export function providerLabel(provider: string | SocialProvider): string {
  return typeof provider === 'string'
    ? (BRANDS[provider] ?? provider)
    : (provider.label ?? BRANDS[provider.name] ?? provider.name);
}

/** How long a started sign-up may take at the provider before its callback is refused. */
const PENDING_TTL_MS = 10 * 60 * 1000;

/** What start keeps for the callback, in sessionStorage only, used once. */
interface Pending {
  state: string;
  verifier: string;
  provider: string;
  redirectUri: string;
  expiresAt: number;
}

const pendingKey = (clientId: string) => `rcs.social.${clientId}`;

/** The pending sign-up kept for `clientId`, removed as it is read (single use). */
function takePending(clientId: string): Pending | undefined {
  const storage = globalThis.sessionStorage;
  const raw = storage?.getItem(pendingKey(clientId));
  storage?.removeItem(pendingKey(clientId));
  try {
    const pending = JSON.parse(raw ?? 'null') as Partial<Pending> | null;
    return typeof pending?.state === 'string' &&
      typeof pending.verifier === 'string' &&
      typeof pending.provider === 'string' &&
      typeof pending.redirectUri === 'string' &&
      typeof pending.expiresAt === 'number'
      ? (pending as Pending)
      : undefined;
  } catch {
    return undefined;
  }
}

/** A social sign-up error: `messageKey` `social.error.<reason>`, with the provider's label. */
function socialError(
  reason:
    | 'Cancelled'
    | 'StateMismatch'
    | 'Expired'
    | 'AttributeNotShared'
    | 'ProviderUnavailable'
    | 'Failed',
  message: string,
  values: Record<string, string>,
): SignUpError {
  return new SignUpError({
    code: reason === 'StateMismatch' ? 'ValidationError' : 'UnknownError',
    message,
    messageKey: `social.error.${reason}`,
    values,
  });
}

/**
 * The error the domain sent back to the callback (`error`, `error_description`) in words: a
 * cancel at the provider, a pre sign-up Lambda's refusal (its message shown, as for SignUp), an
 * attribute the provider did not share, a provider the pool does not know.
 */
function callbackError(error: string, description: string, provider: string): SignUpError {
  const refused = /^PreSignUp failed with error (.*?)\.?\s*$/s.exec(description);
  if (refused) {
    const lambdaMessage = refused[1] ?? '';
    return new SignUpError({
      code: 'UserLambdaValidationException',
      message: description,
      values: { lambdaMessage },
      lambdaMessage,
    });
  }
  const values = { provider, reason: error };
  if (error === 'access_denied') return socialError('Cancelled', description || error, values);
  const missing = /attributes?[^:]*:\s*([\w:]+)[^.]*required/i.exec(description);
  if (missing) {
    return socialError('AttributeNotShared', description, {
      ...values,
      attribute: missing[1] ?? '',
    });
  }
  if (/identity.?provider|unauthorized_client|invalid_scope/i.test(`${error} ${description}`)) {
    if (process.env.NODE_ENV !== 'production') {
      console.error(
        `react-cognito-signup: the user pool domain refused the sign-up with ${provider} (${error}: ${description}). Check that the provider exists in the pool, is enabled on the app client (SupportedIdentityProviders), and that the client allows the authorization code grant and these scopes.`,
      );
    }
    return socialError('ProviderUnavailable', description || error, values);
  }
  return socialError('Failed', description || error, values);
}

/**
 * A social sign-up for `options` in the form configured by `context` (the pool, the client,
 * ClientMetadata, the callbacks). `<SignUp social>` and `useSocialSignUp` create it.
 */
export function createSocialSignUp(
  options: SocialSignUpOptions,
  initialContext: SocialSignUpContext,
): SocialSignUp {
  let context = initialContext;
  const origin = domainOrigin(options.domain);
  const providers = options.providers.map((provider) =>
    typeof provider === 'string' ? { name: provider } : provider,
  );
  const { fields: resolved } = resolveFields({
    fields: options.profileFields ?? [],
    passwordless: true,
  });
  const profileFields = resolved.filter((field) => field.destination === 'attribute');
  const scopes = options.scopes ?? [
    'openid',
    'email',
    'profile',
    ...(profileFields.length ? ['aws.cognito.signin.user.admin'] : []),
  ];
  const redirectUri = () =>
    options.redirectUri ?? `${globalThis.location.origin}${globalThis.location.pathname}`;

  let state: SocialState = { status: 'idle', fields: [] };
  const listeners = new Set<() => void>();
  let controller = new AbortController();
  /** The signed-in user while the profile is completed (in memory only). */
  let pending: { user: CognitoUser; signedIn: SignedIn; attribute?: string } | undefined;

  function set(next: Partial<SocialState>) {
    state = { ...state, ...next };
    for (const listener of listeners) listener();
  }
  /** Said; the profile or verification step stays (its form keeps what was typed), else the buttons. */
  function fail(error: SignUpError) {
    const stays = state.status === 'profile' || state.status === 'verifying';
    set(stays ? { error } : { status: 'idle', error, fields: [], destination: undefined });
    context.onError?.(error);
  }
  const poolConfig = (): PoolConfig => {
    const userPoolId = options.userPool?.getUserPoolId() ?? context.userPoolId;
    if (!userPoolId) {
      throw configurationError(
        process.env.NODE_ENV === 'production'
          ? 'userPoolId'
          : 'Social sign-up needs userPoolId (or socialSignUp({ userPool })) to check and cache the session.',
      );
    }
    return { ...context, userPoolId };
  };

  /** Signed in: the passkey offer where it can work, then the app is told. */
  async function finish(signedIn: SignedIn, signal: AbortSignal) {
    if (options.passkey) {
      signedIn.passkey = await options.passkey.offer({
        config: context,
        username: signedIn.username,
        accessToken: signedIn.tokens.accessToken,
      });
    }
    if (signal.aborted) return;
    pending = undefined;
    set({ status: 'signedIn', signedIn, fields: [], error: undefined, destination: undefined });
    context.onSignedIn?.(signedIn);
  }

  /** The session from checked tokens, cached where amazon-cognito-identity-js reads it. */
  async function signIn(tokens: TokenAnswer) {
    const config = poolConfig();
    checkTokens(tokens, config);
    const lib = await loadIdentityJs();
    const { pool, storage } = sessionPool(lib, options, config);
    const { user, session } = cacheSession({ lib, pool, storage, config }, tokens);
    const signedIn: SignedIn = {
      username: user.getUsername(),
      tokens: {
        idToken: tokens.IdToken,
        accessToken: tokens.AccessToken,
        refreshToken: tokens.RefreshToken,
        expiresIn: tokens.ExpiresIn,
      },
      user,
      session,
    };
    return { user, signedIn };
  }

  /** The session again from its refresh token (new attributes in a new ID token), checked and cached. */
  function refreshed(user: CognitoUser, signedIn: SignedIn): Promise<SignedIn> {
    const refreshToken = signedIn.tokens.refreshToken;
    if (!refreshToken) return Promise.resolve(signedIn);
    return loadIdentityJs().then(
      (lib) =>
        new Promise<SignedIn>((resolve) => {
          userWithTransport(user, poolConfig(), controller.signal).refreshSession(
            new lib.CognitoRefreshToken({ RefreshToken: refreshToken }),
            (error, session) => {
              // The attributes are saved either way; the old tokens stay until their refresh.
              if (error || !session) return resolve(signedIn);
              userWithTransport(user, poolConfig());
              resolve({
                ...signedIn,
                tokens: {
                  ...signedIn.tokens,
                  idToken: session.getIdToken().getJwtToken(),
                  accessToken: session.getAccessToken().getJwtToken(),
                },
                session,
              });
            },
          );
        }),
    );
  }

  /** Runs `work` unless aborted; its failure is said, the secrets scrubbed. */
  async function run(work: (signal: AbortSignal) => Promise<void>, secrets: string[] = []) {
    const { signal } = controller;
    try {
      await work(signal);
    } catch (raw) {
      if (!signal.aborted) fail(normalizeCognitoError(raw, { secrets }));
    }
  }

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    start(name) {
      const provider = providers.find((candidate) => candidate.name === name);
      if (!provider) {
        fail(
          configurationError(
            process.env.NODE_ENV === 'production'
              ? 'provider'
              : `socialSignUp: "${name}" is not among the providers given (${providers.map((p) => p.name).join(', ')}).`,
          ),
        );
        return Promise.resolve();
      }
      const label = providerLabel(provider);
      set({ status: 'redirecting', provider: label, error: undefined });
      return run(async () => {
        const verifier = randomToken();
        const pendingSignUp: Pending = {
          state: randomToken(),
          verifier,
          provider: label,
          redirectUri: redirectUri(),
          expiresAt: Date.now() + PENDING_TTL_MS,
        };
        const url = authorizeUrl({
          origin,
          clientId: context.clientId,
          redirectUri: pendingSignUp.redirectUri,
          provider: provider.name,
          scopes,
          state: pendingSignUp.state,
          codeChallenge: await pkceChallenge(verifier),
        });
        globalThis.sessionStorage.setItem(
          pendingKey(context.clientId),
          JSON.stringify(pendingSignUp),
        );
        (options.navigate ?? ((to: string) => globalThis.location.assign(to)))(url);
      });
    },

    async complete(href = globalThis.location?.href) {
      const callback = href ? readCallback(href) : undefined;
      if (!callback) return false;
      // The code and state leave the address bar and the history entry before anything else.
      if (href === globalThis.location?.href) {
        globalThis.history.replaceState(globalThis.history.state, '', withoutCallback(href));
      }
      const saved = takePending(context.clientId);
      const provider = saved?.provider ?? '';
      set({ status: 'completing', provider, error: undefined });
      if (
        !saved ||
        !callback.state ||
        callback.state !== saved.state ||
        saved.expiresAt < Date.now()
      ) {
        fail(
          socialError(
            'StateMismatch',
            'The callback does not answer a sign-up started on this page (missing, wrong, used or expired state): nothing was exchanged.',
            { provider },
          ),
        );
        return true;
      }
      if (callback.error || !callback.code) {
        fail(callbackError(callback.error ?? '', callback.errorDescription ?? '', provider));
        return true;
      }
      const code = callback.code;
      await run(
        async (signal) => {
          const tokens = await exchangeCode({
            origin,
            clientId: context.clientId,
            redirectUri: saved.redirectUri,
            code,
            codeVerifier: saved.verifier,
            timeoutMs: context.timeoutMs,
            signal,
          }).catch((error: SignUpError) => {
            // invalid_grant: the code was used already, or expired at the domain.
            throw error.code === 'ExpiredCodeException'
              ? socialError('Expired', error.message, { provider })
              : error;
          });
          const { user, signedIn } = await signIn(tokens);
          if (signal.aborted) return user.signOut();
          const claims = claimsOf(tokens.IdToken) ?? {};
          const missing = profileFields.filter((field) => !claims[field.name]);
          if (missing.length) {
            pending = { user, signedIn };
            set({ status: 'profile', fields: missing });
            return;
          }
          await finish(signedIn, signal);
        },
        [code, saved.verifier],
      );
      return true;
    },

    async submitProfile(values) {
      const { fields } = state;
      if (state.status !== 'profile' || !pending) return undefined;
      const problems = validateForm(fields, values, resolvePasswordPolicy(undefined));
      if (Object.keys(problems).length) return problems;
      const { user, signedIn } = pending;
      const { attributes = {} } = toSignUpInput(fields, { ...values, username: '' }, {});
      await run(
        async (signal) => {
          const answer = await transportFor(context).send(
            'UpdateUserAttributes',
            {
              AccessToken: signedIn.tokens.accessToken,
              UserAttributes: Object.entries(attributes).map(([Name, Value]) => ({ Name, Value })),
              ClientMetadata: context.clientMetadata,
            },
            { signal },
          );
          const delivery = answer.CodeDeliveryDetailsList?.[0];
          if (delivery?.AttributeName) {
            pending = { user, signedIn, attribute: delivery.AttributeName };
            set({ status: 'verifying', destination: delivery.Destination, fields: [] });
            return;
          }
          await finish(await refreshed(user, signedIn), signal);
        },
        [signedIn.tokens.accessToken],
      );
      return undefined;
    },

    async verify(code) {
      if (state.status !== 'verifying' || !pending?.attribute) return;
      const { user, signedIn, attribute } = pending;
      await run(
        async (signal) => {
          await transportFor(context).send(
            'VerifyUserAttribute',
            {
              AccessToken: signedIn.tokens.accessToken,
              AttributeName: attribute,
              Code: code.replace(/\s+/g, ''),
            },
            { signal },
          );
          await finish(await refreshed(user, signedIn), signal);
        },
        [signedIn.tokens.accessToken, code],
      );
    },

    reset() {
      // Left before the profile was complete: signed out, as if the provider never answered.
      pending?.user.signOut();
      pending = undefined;
      set({ status: 'idle', error: undefined, fields: [], destination: undefined });
    },

    abort() {
      controller.abort();
      controller = new AbortController();
    },

    setContext(next) {
      context = next;
    },
  };
}

/**
 * Social sign-up through the user pool's identity providers (`react-cognito-signup/social`):
 * "Continue with Google" sends the person to the pool domain's authorize endpoint with PKCE;
 * back on the callback route, the code is exchanged for tokens that are checked and cached as
 * auto sign-in caches them, the fields the app needs that the provider did not share are asked
 * for once ("complete your profile"), and the person ends signed in. A small store, no React.
 */
import type { CognitoUser } from 'amazon-cognito-identity-js';
import { configurationError, normalizeCognitoError, type SignUpError } from '../errors/index.js';
import {
  resolveFields,
  resolvePasswordPolicy,
  toSignUpInput,
  validateForm,
} from '../fields/index.js';
import type { SignedIn } from '../flow/index.js';
import {
  cacheSession,
  checkTokens,
  claimsOf,
  loadIdentityJs,
  type PoolConfig,
  sessionPool,
  userWithTransport,
} from '../signIn/index.js';
import { transportFor } from '../wire/index.js';
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
import { PENDING_TTL_MS, type Pending, pendingKey, takePending } from './pendingSignUp.js';
import { callbackError, providerLabel, socialError } from './socialOutcomes.js';
import type {
  SocialSignUpContext,
  SocialSignUpOptions,
  SocialSignUpStore,
  SocialState,
} from './socialSignUp.types.js';

/**
 * A social sign-up for `options` in the form configured by `context` (the pool, the client,
 * ClientMetadata, the callbacks). `<SocialSignUp>` and `useSocialSignUp` create it.
 */
export function createSocialSignUp(
  options: SocialSignUpOptions,
  initialContext: SocialSignUpContext,
): SocialSignUpStore {
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
          : 'Social sign-up needs userPoolId (or social={{ userPool }}) to check and cache the session.',
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

// Runs cognito-local in this process (working directory = its data directory) and, through its
// exported Targets map, adds what it lacks: ResendConfirmationCode; ConfirmSignUp's answers for
// an unknown or an already confirmed user as Cognito gives them; Sessions from SignUp and
// ConfirmSignUp and InitiateAuth USER_AUTH with them (app clients with ALLOW_USER_AUTH); SRP
// sign-in (USER_SRP_AUTH + PASSWORD_VERIFIER); passwordless sign-up for pools whose
// SignInPolicy allows one-time passwords; ValidationData handed to PreSignUp; passkeys
// (SetUserPoolMfaConfig's WebAuthnConfiguration, Start/CompleteWebAuthnRegistration,
// ListWebAuthnCredentials, USER_AUTH with PREFERRED_CHALLENGE WEB_AUTHN; dev/webauthn.cjs checks
// the credentials); GlobalSignOut; RevokeToken and REFRESH_TOKEN_AUTH that hold a refresh token
// to the app client it was issued to; the identity providers of a pool and the user pool
// domain's endpoints (/oauth2/authorize with a local identity provider, /oauth2/idpresponse,
// /oauth2/token, /oauth2/userInfo, /logout: dev/oauth.cjs, issue #37). Tokens come from
// cognito-local's own issuer, named by the address this server really listens on
// (`http://127.0.0.1:<port>/<poolId>`, also with PORT=0); ID tokens carry the user's standard
// attributes as Cognito's do.
//
// It listens itself (not through cognito-local's `start`) so that every request is checked
// first (dev/local-guard.cjs, issue #35): a foreign Host gets 421; CORS answers the allowed
// origins only; a request from a page (any Origin header) may call only the operations a
// public app client calls without AWS credentials in Cognito, never an admin or a pool
// operation (403 NotAuthorizedException). Node scripts send no Origin and may call them all.
// GET /health answers { ok, sessions, registrations, oauthRequests, oauthCodes }: how many
// Sessions, pending passkey registrations, pending authorize requests and codes are held.
//
// Started by dev/local-cognito.mjs. The environment (and LOCAL_OAUTH_CODE_TTL_MS,
// LOCAL_IDP_IDENTITIES: dev/oauth.cjs):
// - HOST, PORT: where to listen (PORT=0: a free port).
// - LOCAL_COGNITO_ALLOWED_ORIGINS: the origins whose pages may call it (comma-separated);
//   more can be added at run time by the parent (an IPC message { allowOrigins: [...] }),
//   kept in .cognito/allowed-origins.json for later starts on the same data directory.
// - LOCAL_COGNITO_SESSION_TTL_MS: the life of every Session (3 minutes by default, as in
//   Cognito); LOCAL_COGNITO_SIGN_IN_SESSION_TTL_MS: of the Sessions that sign in, for tests of
//   an expired one. LOCAL_COGNITO_MAX_SESSIONS: how many are held at most (10,000; the oldest
//   go first); expired ones are dropped whenever a new one is issued.
// - LOCAL_COGNITO_TOKEN_TTL_SECONDS: the life of access and ID tokens, for tests of a refresh
//   (by default the app client's AccessTokenValidity / IdTokenValidity, else 1 hour as in
//   Cognito); ExpiresIn says the same.
// - LOCAL_COGNITO_CODE_TTL_MS: the life of a sign-up confirmation code (24 hours by default, as
//   in Cognito; cognito-local's never expire): ConfirmSignUp with an older one answers
//   ExpiredCodeException, and ResendConfirmationCode issues a fresh one.
//
// CustomMessage answers get every `{####}` and `{username}` replaced, as in Cognito (cognito-local
// replaces the first only), and each link in a delivered message that carries the code is
// printed on a line of its own, `Confirmation link for <username>: <link>` (issue #38: the
// delivery box wraps long lines): `npm start` shows it and the tests read it.
require('./tether.cjs');
const { randomBytes, randomUUID } = require('node:crypto');
const { readFileSync, writeFileSync } = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const { createExpiringMap } = require('./expiring-map.cjs');
const { ALLOWED_ORIGINS_ENV, guardRequest, parseOrigins } = require('./local-guard.cjs');
const oauth = require('./oauth.cjs');
const srp = require('./srp-server.cjs');
const webauthn = require('./webauthn.cjs');

const root = path.dirname(require.resolve('cognito-local/package.json'));
const lib = (p) => require(path.join(root, 'lib', p));
const { Targets } = lib('targets/targets.js');
const {
  CognitoError,
  ExpiredCodeError,
  InvalidParameterError,
  NotAuthorizedError,
  ResourceNotFoundError,
  UserNotConfirmedException,
  UserNotFoundError,
} = lib('errors.js');
const { selectAppropriateDeliveryMethod } = lib('services/messageDelivery/deliveryMethod.js');
const { createServer } = lib('server/server.js');
const { Router } = lib('server/Router.js');
const { loadConfig } = lib('server/config.js');
const servicesLib = lib('services/index.js');
const { CognitoServiceFactoryImpl } = lib('services/cognitoService.js');
const { CryptoService } = lib('services/crypto.js');
const { StormDBDataStoreFactory } = lib('services/dataStore/stormDb.js');
const { ConsoleMessageSender } = lib('services/messageDelivery/consoleMessageSender.js');
const { MessageDeliveryService } = lib('services/messageDelivery/messageDelivery.js');
const { otp } = lib('services/otp.js');
const { attributesToRecord, UserPoolServiceFactoryImpl } = lib('services/userPoolService.js');
const AWS = require(require.resolve('aws-sdk', { paths: [root] }));
const { JwtTokenGenerator } = lib('services/tokenGenerator.js');
const jwt = require(require.resolve('jsonwebtoken', { paths: [root] }));
const tokenKey = require('node:crypto').createPublicKey({
  key: lib('keys/cognitoLocal.public.json').jwk,
  format: 'jwk',
});
const tokenPrivateKey = lib('keys/cognitoLocal.private.json').pem;
const pino = require(require.resolve('pino', { paths: [root] }));
const pretty = require(require.resolve('pino-pretty', { paths: [root] }));

// The user pool's identity providers (Create/Describe/List/Update/DeleteIdentityProvider) and
// the check of an app client's SupportedIdentityProviders: dev/oauth.cjs.
oauth.addIdentityProviderTargets(Targets, {
  CognitoError,
  InvalidParameterError,
  ResourceNotFoundError,
});

Targets.ResendConfirmationCode =
  ({ cognito, clock, messages, otp }) =>
  async (ctx, req) => {
    const userPool = await cognito.getUserPoolForClientId(ctx, req.ClientId);
    const user = await userPool.getUserByUsername(ctx, req.Username);
    if (!user) throw new UserNotFoundError();
    if (user.UserStatus === 'CONFIRMED') {
      throw new InvalidParameterError('User is already confirmed.');
    }
    const delivery = selectAppropriateDeliveryMethod(
      userPool.options.AutoVerifiedAttributes ?? [],
      user,
    );
    if (!delivery) {
      throw new InvalidParameterError(
        'User has no attribute matching desired auto verified attributes',
      );
    }
    const code = otp();
    await messages.deliver(
      ctx,
      'ResendCode',
      req.ClientId,
      userPool.options.Id,
      user,
      code,
      req.ClientMetadata,
      delivery,
    );
    await userPool.saveUser(ctx, {
      ...user,
      UserLastModifiedDate: clock.get(),
      ConfirmationCode: code,
      ConfirmationCodeIssuedAt: Date.now(),
    });
    return { CodeDeliveryDetails: delivery };
  };

// --- Confirmation codes expire (LOCAL_COGNITO_CODE_TTL_MS) ---------------------------------

// cognito-local's codes never expire; Cognito's sign-up codes last 24 hours. When a code was
// issued is kept with the user (ConfirmationCodeIssuedAt: SignUp here, ResendConfirmationCode
// above), and ConfirmSignUp with that code once it is older answers ExpiredCodeException. A
// wrong code stays CodeMismatchException; a user stored before this has no date and no expiry.
const CODE_TTL_MS = Number(process.env.LOCAL_COGNITO_CODE_TTL_MS) || 24 * 60 * 60 * 1000;

const signUpWithoutDate = Targets.SignUp;
Targets.SignUp = (services) => {
  const target = signUpWithoutDate(services);
  return async (ctx, req) => {
    const answer = await target(ctx, req);
    const userPool = await services.cognito.getUserPoolForClientId(ctx, req.ClientId);
    const user = await userPool.getUserByUsername(ctx, req.Username);
    if (user?.ConfirmationCode) {
      await userPool.saveUser(ctx, { ...user, ConfirmationCodeIssuedAt: Date.now() });
    }
    return answer;
  };
};

const confirmSignUpWithoutExpiry = Targets.ConfirmSignUp;
Targets.ConfirmSignUp = (services) => {
  const target = confirmSignUpWithoutExpiry(services);
  return async (ctx, req) => {
    const userPool = await services.cognito.getUserPoolForClientId(ctx, req.ClientId);
    const user = await userPool.getUserByUsername(ctx, req.Username);
    const issuedAt = user?.ConfirmationCodeIssuedAt;
    if (
      user?.UserStatus === 'UNCONFIRMED' &&
      user.ConfirmationCode === req.ConfirmationCode &&
      typeof issuedAt === 'number' &&
      Date.now() - issuedAt > CODE_TTL_MS
    ) {
      throw new ExpiredCodeError();
    }
    return target(ctx, req);
  };
};

// cognito-local answers NotAuthorized for an unknown user and ExpiredCode for a confirmed one;
// Cognito (without "prevent user existence errors") answers these.
const confirmSignUp = Targets.ConfirmSignUp;
Targets.ConfirmSignUp = (services) => {
  const target = confirmSignUp(services);
  return async (ctx, req) => {
    const userPool = await services.cognito.getUserPoolForClientId(ctx, req.ClientId);
    const user = await userPool.getUserByUsername(ctx, req.Username);
    if (!user) throw new UserNotFoundError('Username/client id combination not found.');
    if (user.UserStatus === 'CONFIRMED') {
      throw new NotAuthorizedError('User cannot be confirmed. Current status is CONFIRMED');
    }
    return target(ctx, req);
  };
};

// --- Sessions, USER_AUTH, SRP and passwordless sign-up -------------------------------------

const SESSION_TTL_MS = Number(process.env.LOCAL_COGNITO_SESSION_TTL_MS) || 3 * 60 * 1000;
const SIGN_IN_SESSION_TTL_MS =
  Number(process.env.LOCAL_COGNITO_SIGN_IN_SESSION_TTL_MS) || SESSION_TTL_MS;
const MAX_SESSIONS = Number(process.env.LOCAL_COGNITO_MAX_SESSIONS) || 10_000;
/** Session → what it may be used for once: { clientId, username, purpose, srp?, webAuthn? }. */
const sessions = createExpiringMap({ maxEntries: MAX_SESSIONS });

function issueSession(entry) {
  const session = randomBytes(96).toString('base64url');
  const ttl = entry.purpose === 'signIn' ? SIGN_IN_SESSION_TTL_MS : SESSION_TTL_MS;
  sessions.set(session, entry, ttl);
  return session;
}

/** The Session's entry, used up; Cognito's NotAuthorized when it is unknown, spent or expired. */
function takeSession(session, clientId, purpose) {
  const taken = typeof session === 'string' ? sessions.take(session) : undefined;
  const entry = taken?.value;
  if (!entry || entry.clientId !== clientId || entry.purpose !== purpose) {
    throw new NotAuthorizedError('Invalid session for the user.');
  }
  if (taken.expired) {
    throw new NotAuthorizedError('Invalid session for the user, session is expired.');
  }
  return entry;
}

// --- Tokens: their issuer, their life, the client of a refresh token -----------------------

/** `http://<HOST>:<port>` once this server listens: the issuer's domain, as the kit calls it. */
let issuerDomain = `http://${process.env.HOST}:${process.env.PORT}`;
const issuerOf = (userPoolId) => `${issuerDomain}/${userPoolId}`;
const TOKEN_TTL_SECONDS = Number(process.env.LOCAL_COGNITO_TOKEN_TTL_SECONDS) || undefined;
/** Cognito's access and ID token validity when the app client sets none (cognito-local: 24 h). */
const DEFAULT_TOKEN_TTL = { validity: 60, unit: 'minutes' };

const generate = JwtTokenGenerator.prototype.generate;
JwtTokenGenerator.prototype.generate = async function (ctx, user, groups, client, ...rest) {
  // cognito-local names its issuer from the PORT it was given: 0 in the tests.
  this.tokenConfig = { ...this.tokenConfig, IssuerDomain: issuerDomain };
  const units = client.TokenValidityUnits ?? {};
  const lifetimes = TOKEN_TTL_SECONDS
    ? {
        AccessTokenValidity: TOKEN_TTL_SECONDS,
        IdTokenValidity: TOKEN_TTL_SECONDS,
        TokenValidityUnits: { ...units, AccessToken: 'seconds', IdToken: 'seconds' },
      }
    : {
        AccessTokenValidity: client.AccessTokenValidity ?? DEFAULT_TOKEN_TTL.validity,
        IdTokenValidity: client.IdTokenValidity ?? DEFAULT_TOKEN_TTL.validity,
        TokenValidityUnits: {
          ...units,
          AccessToken: client.AccessTokenValidity ? units.AccessToken : DEFAULT_TOKEN_TTL.unit,
          IdToken: client.IdTokenValidity ? units.IdToken : DEFAULT_TOKEN_TTL.unit,
        },
      };
  const tokens = await generate.call(this, ctx, user, groups, { ...client, ...lifetimes }, ...rest);
  // cognito-local's refresh token does not say which app client it was issued to; Cognito's
  // refuses any other client. And Cognito's access and ID tokens carry `origin_jti`, the
  // sign-in they come from: amazon-cognito-identity-js revokes the refresh token on signOut
  // only when the access token has one. Each signed again with that claim (same key, kid,
  // issuer, audience and expiry).
  const origin = { origin_jti: randomUUID() };
  const withClaims = (token, claims, keyid) =>
    jwt.sign({ ...jwt.decode(token), ...claims }, tokenPrivateKey, {
      algorithm: 'RS256',
      ...(keyid ? { keyid } : {}),
    });
  // Cognito's ID token also carries every standard attribute (`name`, `identities` of a
  // federated user, …); cognito-local's has email only, and `email_verified: true` for "false".
  const fromAttributes = oauth.attributeClaims(user);
  const idClaims = { ...fromAttributes, ...jwt.decode(tokens.IdToken), ...origin };
  for (const name of ['email_verified', 'phone_number_verified']) {
    if (name in fromAttributes) idClaims[name] = fromAttributes[name];
    else delete idClaims[name];
  }
  return {
    ...tokens,
    AccessToken: withClaims(tokens.AccessToken, origin, 'CognitoLocal'),
    IdToken: jwt.sign(idClaims, tokenPrivateKey, { algorithm: 'RS256', keyid: 'CognitoLocal' }),
    RefreshToken: withClaims(tokens.RefreshToken, { ...origin, client_id: client.ClientId }),
  };
};

/** How long an access token lives, in seconds: what ExpiresIn must say. */
function lifetime(token) {
  const claims = jwt.decode(String(token));
  return claims && typeof claims.exp === 'number' ? claims.exp - claims.iat : undefined;
}

/** An answer with tokens, with Cognito's ExpiresIn (the access token's real life) and TokenType. */
function withLifetime(answer) {
  const result = answer?.AuthenticationResult;
  if (!result?.AccessToken) return answer;
  return {
    ...answer,
    AuthenticationResult: {
      ...result,
      ExpiresIn: lifetime(result.AccessToken),
      TokenType: 'Bearer',
    },
  };
}

/**
 * The claims of a refresh token this server issued to `clientId` of `userPoolId`; what else
 * (another server's, another client's, expired, no refresh token at all) is NotAuthorized.
 * `ignoreExpiration`: RevokeToken takes an expired one.
 */
function refreshTokenClaims(token, clientId, userPoolId, { ignoreExpiration = false } = {}) {
  let claims;
  try {
    claims = jwt.verify(String(token), tokenKey, { algorithms: ['RS256'], ignoreExpiration });
  } catch {
    throw new NotAuthorizedError('Invalid Refresh Token');
  }
  if (claims.token_use !== undefined || claims.iss !== issuerOf(userPoolId)) {
    throw new NotAuthorizedError('Invalid Refresh Token');
  }
  if (claims.client_id !== clientId) throw new NotAuthorizedError('Invalid Refresh Token');
  return claims;
}

/** Cognito's default when ExplicitAuthFlows is not set: SRP, refresh and custom auth. */
function allowsFlow(client, flow) {
  const flows = client.ExplicitAuthFlows;
  if (!flows || flows.length === 0) return flow === 'ALLOW_USER_SRP_AUTH';
  return flows.includes(flow);
}

function allowsOneTimePasswords(userPool) {
  const factors = userPool.options.SignInPolicy?.AllowedFirstAuthFactors ?? [];
  return factors.includes('EMAIL_OTP') || factors.includes('SMS_OTP');
}

/** Tokens for a signed-in user, or the MFA challenge a pool with MFA required asks for. */
async function signedIn(services, ctx, userPool, client, user) {
  if (user.UserStatus === 'UNCONFIRMED') throw new UserNotConfirmedException();
  if (userPool.options.MfaConfiguration === 'ON') {
    const hasMfa = (user.MFAOptions ?? []).length > 0 || (user.UserMFASettingList ?? []).length > 0;
    if (!hasMfa) {
      return {
        ChallengeName: 'MFA_SETUP',
        ChallengeParameters: { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]' },
        Session: issueSession({
          clientId: client.ClientId,
          username: user.Username,
          purpose: 'mfa',
        }),
      };
    }
  }
  const groups = await userPool.listUserGroupMembership(ctx, user);
  const tokens = await services.tokenGenerator.generate(
    ctx,
    user,
    groups,
    client,
    undefined,
    'Authentication',
  );
  await userPool.storeRefreshToken(ctx, tokens.RefreshToken, user);
  return withLifetime({ ChallengeParameters: {}, AuthenticationResult: tokens });
}

const createUserPool = Targets.CreateUserPool;
Targets.CreateUserPool = (services) => {
  const target = createUserPool(services);
  return async (ctx, req) => {
    const answer = await target(ctx, req);
    // cognito-local drops SignInPolicy (which first factors sign-in allows): keep it.
    if (req.SignInPolicy) {
      const userPool = await services.cognito.getUserPool(ctx, answer.UserPool.Id);
      await userPool.updateOptions(ctx, { ...userPool.options, SignInPolicy: req.SignInPolicy });
      answer.UserPool.SignInPolicy = req.SignInPolicy;
    }
    return answer;
  };
};

const signUp = Targets.SignUp;
Targets.SignUp = (services) => {
  return async (ctx, req) => {
    const userPool = await services.cognito.getUserPoolForClientId(ctx, req.ClientId);
    if (req.Password === undefined && !allowsOneTimePasswords(userPool)) {
      throw new InvalidParameterError(
        'Password is required: this user pool does not allow sign-in with one-time passwords.',
      );
    }
    // cognito-local hands PreSignUp no validationData; Cognito hands it the request's.
    const triggers = Object.create(services.triggers);
    triggers.preSignUp = (context, params) =>
      services.triggers.preSignUp(context, {
        ...params,
        validationData: Array.isArray(req.ValidationData)
          ? Object.fromEntries(req.ValidationData.map((entry) => [entry.Name, entry.Value]))
          : undefined,
      });
    const answer = await signUp({ ...services, triggers })(ctx, req);
    const client = await services.cognito.getAppClient(ctx, req.ClientId);
    if (!allowsFlow(client, 'ALLOW_USER_AUTH')) return answer;
    const user = await userPool.getUserByUsername(ctx, req.Username);
    return {
      ...answer,
      Session: issueSession({
        clientId: req.ClientId,
        username: user?.Username ?? req.Username,
        purpose: answer.UserConfirmed ? 'signIn' : 'confirm',
      }),
    };
  };
};

const confirmSignUpChecked = Targets.ConfirmSignUp;
Targets.ConfirmSignUp = (services) => {
  const target = confirmSignUpChecked(services);
  return async (ctx, req) => {
    await target(ctx, req);
    // SignUp's Session is used up by a successful confirmation; a new one, for USER_AUTH, comes
    // back. A spent or expired one confirms all the same, without a Session.
    let signUpSession;
    try {
      signUpSession =
        req.Session === undefined ? undefined : takeSession(req.Session, req.ClientId, 'confirm');
    } catch {
      signUpSession = undefined;
    }
    if (!signUpSession) return {};
    return {
      Session: issueSession({
        clientId: req.ClientId,
        username: signUpSession.username,
        purpose: 'signIn',
      }),
    };
  };
};

const initiateAuth = Targets.InitiateAuth;
Targets.InitiateAuth = (services) => {
  const target = initiateAuth(services);
  return async (ctx, req) => {
    if (req.AuthFlow === 'REFRESH_TOKEN_AUTH' || req.AuthFlow === 'REFRESH_TOKEN') {
      const userPool = await services.cognito.getUserPoolForClientId(ctx, req.ClientId);
      refreshTokenClaims(req.AuthParameters?.REFRESH_TOKEN, req.ClientId, userPool.options.Id);
    }
    if (req.AuthFlow !== 'USER_AUTH' && req.AuthFlow !== 'USER_SRP_AUTH') {
      return withLifetime(await target(ctx, req));
    }
    const client = await services.cognito.getAppClient(ctx, req.ClientId);
    if (!client) throw new NotAuthorizedError();
    const userPool = await services.cognito.getUserPoolForClientId(ctx, req.ClientId);
    const username = req.AuthParameters?.USERNAME;
    if (typeof username !== 'string') {
      throw new InvalidParameterError('Missing required parameter USERNAME');
    }
    if (req.AuthFlow === 'USER_AUTH') {
      if (!allowsFlow(client, 'ALLOW_USER_AUTH')) {
        throw new InvalidParameterError('USER_AUTH flow not enabled for this client');
      }
      if (req.Session === undefined) {
        if (req.AuthParameters.PREFERRED_CHALLENGE === 'WEB_AUTHN') {
          return startPasskeySignIn(ctx, userPool, client, username);
        }
        throw new CognitoError(
          'UnsupportedOperationException',
          'The local Cognito implements USER_AUTH with the Session of a sign-up, or a passkey.',
        );
      }
      const entry = takeSession(req.Session, req.ClientId, 'signIn');
      const user = await userPool.getUserByUsername(ctx, username);
      if (!user || user.Username !== entry.username) {
        throw new NotAuthorizedError('Invalid session for the user.');
      }
      return signedIn(services, ctx, userPool, client, user);
    }
    if (!allowsFlow(client, 'ALLOW_USER_SRP_AUTH')) {
      throw new InvalidParameterError('USER_SRP_AUTH flow not enabled for this client');
    }
    const user = await userPool.getUserByUsername(ctx, username);
    if (!user || typeof user.Password !== 'string')
      throw new NotAuthorizedError('Incorrect username or password.');
    const challenge = srp.startChallenge({
      poolName: userPool.options.Id.split('_')[1],
      username: user.Username,
      password: user.Password,
      srpA: String(req.AuthParameters.SRP_A ?? ''),
    });
    return {
      ChallengeName: 'PASSWORD_VERIFIER',
      ChallengeParameters: {
        ...challenge.parameters,
        USERNAME: user.Username,
        USER_ID_FOR_SRP: user.Username,
      },
      Session: issueSession({
        clientId: req.ClientId,
        username: user.Username,
        purpose: 'srp',
        srp: challenge.state,
      }),
    };
  };
};

const respondToAuthChallenge = Targets.RespondToAuthChallenge;
Targets.RespondToAuthChallenge = (services) => {
  const target = respondToAuthChallenge(services);
  return async (ctx, req) => {
    if (req.ChallengeName === 'WEB_AUTHN') return finishPasskeySignIn(services, ctx, req);
    if (req.ChallengeName !== 'PASSWORD_VERIFIER') return withLifetime(await target(ctx, req));
    const entry = takeSession(req.Session, req.ClientId, 'srp');
    const answers = req.ChallengeResponses ?? {};
    const proven = srp.verifyClaim(entry.srp, {
      secretBlock: answers.PASSWORD_CLAIM_SECRET_BLOCK,
      timestamp: answers.TIMESTAMP,
      signature: answers.PASSWORD_CLAIM_SIGNATURE,
    });
    if (!proven || answers.USERNAME !== entry.username) {
      throw new NotAuthorizedError('Incorrect username or password.');
    }
    const client = await services.cognito.getAppClient(ctx, req.ClientId);
    const userPool = await services.cognito.getUserPoolForClientId(ctx, req.ClientId);
    const user = await userPool.getUserByUsername(ctx, entry.username);
    if (!user) throw new NotAuthorizedError('Incorrect username or password.');
    return signedIn(services, ctx, userPool, client, user);
  };
};

// --- Signing out ---------------------------------------------------------------------------

// GlobalSignOut (missing from cognito-local 5.3.0): with a current access token of the user,
// every refresh token of the user ends; a refresh with one is NotAuthorized. (The access and
// ID tokens already issued live on until they expire: this local Cognito keeps no list of them.)
Targets.GlobalSignOut = (services) => async (ctx, req) => {
  const { userPool, user } = await fromAccessToken(services, ctx, req.AccessToken);
  await userPool.saveUser(ctx, { ...user, RefreshTokens: [] });
  return {};
};

// RevokeToken as Cognito answers it (cognito-local's looks the token up in the pool of any
// ClientId and answers NotAuthorized for one already revoked):
// - no refresh token of this server (garbage, an access or ID token): UnsupportedTokenTypeException;
// - a refresh token issued to another app client, or by another pool: NotAuthorizedException;
// - a refresh token of this client, expired or already revoked included: {} (RFC 7009: revoking
//   what is no longer valid succeeds), and it is no longer stored.
Targets.RevokeToken = (services) => async (ctx, req) => {
  const claims = jwt.decode(String(req.Token ?? ''));
  if (!claims || typeof claims !== 'object' || claims.token_use !== undefined) {
    throw new CognitoError('UnsupportedTokenTypeException', 'The token is no refresh token.');
  }
  const userPool = await services.cognito.getUserPoolForClientId(ctx, req.ClientId);
  refreshTokenClaims(req.Token, req.ClientId, userPool.options.Id, { ignoreExpiration: true });
  const user = await userPool.getUserByRefreshToken(ctx, req.Token);
  if (user) {
    await userPool.saveUser(ctx, {
      ...user,
      RefreshTokens: (user.RefreshTokens ?? []).filter((token) => token !== req.Token),
    });
  }
  return {};
};

// --- Passkeys ----------------------------------------------------------------------------

/** Cognito's exception for a WebAuthn refusal, else the error itself. */
function asCognitoError(error) {
  if (!(error instanceof webauthn.WebAuthnRefusal)) return error;
  if (error.code === 'NotAuthorizedException') return new NotAuthorizedError(error.message);
  if (error.code === 'InvalidParameterException') return new InvalidParameterError(error.message);
  return new CognitoError(error.code, error.message);
}

/** The user and pool of a current access token of this local Cognito; NotAuthorized otherwise. */
async function fromAccessToken(services, ctx, token) {
  let claims;
  try {
    claims = jwt.verify(String(token), tokenKey, { algorithms: ['RS256'] });
  } catch (error) {
    throw new NotAuthorizedError(
      error.name === 'TokenExpiredError' ? 'Access Token has expired' : 'Invalid Access Token',
    );
  }
  if (claims.token_use !== 'access') throw new NotAuthorizedError('Invalid Access Token');
  const userPool = await services.cognito.getUserPoolForClientId(ctx, claims.client_id);
  // Every cognito-local signs with the same key: the issuer tells this one's tokens apart.
  if (claims.iss !== issuerOf(userPool.options.Id)) {
    throw new NotAuthorizedError('Invalid Access Token');
  }
  const user = await userPool.getUserByUsername(ctx, claims.sub);
  if (!user) throw new NotAuthorizedError('User does not exist.');
  return { userPool, user, clientId: claims.client_id };
}

/** The pool's passkey settings, or Cognito's exception for what is missing. */
function passkeySettings(userPool) {
  const factors = userPool.options.SignInPolicy?.AllowedFirstAuthFactors ?? [];
  if (!factors.includes('WEB_AUTHN')) {
    throw new CognitoError(
      'WebAuthnNotEnabledException',
      'WEB_AUTHN is not among the pool’s allowed first auth factors.',
    );
  }
  const settings = userPool.options.WebAuthnConfiguration;
  if (!settings?.RelyingPartyId) {
    throw new CognitoError(
      'WebAuthnConfigurationMissingException',
      'The user pool has no WebAuthn relying party id.',
    );
  }
  return {
    rpId: settings.RelyingPartyId,
    userVerification: settings.UserVerification ?? 'preferred',
  };
}

const attribute = (user, name) => user.Attributes?.find((a) => a.Name === name)?.Value;
/** Cognito keeps at most 20 passkeys per user. */
const MAX_PASSKEYS = 20;
/** Pending registrations: `${poolId}/${username}` → { options, clientId }; single use, expiring. */
const registrations = createExpiringMap({ maxEntries: MAX_SESSIONS });

const setUserPoolMfaConfig = Targets.SetUserPoolMfaConfig;
Targets.SetUserPoolMfaConfig = (services) => {
  const target = setUserPoolMfaConfig(services);
  return async (ctx, req) => {
    const answer = await target(ctx, req);
    const userPool = await services.cognito.getUserPool(ctx, req.UserPoolId);
    if (req.WebAuthnConfiguration) {
      await userPool.updateOptions(ctx, {
        ...userPool.options,
        WebAuthnConfiguration: req.WebAuthnConfiguration,
      });
    }
    return { ...answer, WebAuthnConfiguration: userPool.options.WebAuthnConfiguration };
  };
};

const getUserPoolMfaConfig = Targets.GetUserPoolMfaConfig;
Targets.GetUserPoolMfaConfig = (services) => {
  const target = getUserPoolMfaConfig(services);
  return async (ctx, req) => {
    const userPool = await services.cognito.getUserPool(ctx, req.UserPoolId);
    return {
      ...(await target(ctx, req)),
      WebAuthnConfiguration: userPool.options.WebAuthnConfiguration,
    };
  };
};

Targets.StartWebAuthnRegistration = (services) => async (ctx, req) => {
  const { userPool, user, clientId } = await fromAccessToken(services, ctx, req.AccessToken);
  const { rpId, userVerification } = passkeySettings(userPool);
  const credentials = user.WebAuthnCredentials ?? [];
  if (credentials.length >= MAX_PASSKEYS) {
    throw new CognitoError('LimitExceededException', 'The user has as many passkeys as allowed.');
  }
  const options = webauthn.creationOptions({
    rpId,
    rpName: userPool.options.Name ?? rpId,
    userId: attribute(user, 'sub') ?? user.Username,
    username: user.Username,
    displayName: attribute(user, 'email') ?? user.Username,
    userVerification,
    exclude: credentials,
  });
  registrations.set(
    `${userPool.options.Id}/${user.Username}`,
    { options, clientId },
    SESSION_TTL_MS,
  );
  return { CredentialCreationOptions: options };
};

Targets.CompleteWebAuthnRegistration = (services) => async (ctx, req) => {
  const { userPool, user, clientId } = await fromAccessToken(services, ctx, req.AccessToken);
  passkeySettings(userPool);
  const taken = registrations.take(`${userPool.options.Id}/${user.Username}`);
  const pending = taken?.value;
  if (!pending || taken.expired) {
    throw new CognitoError('WebAuthnChallengeNotFoundException', 'No registration was started.');
  }
  if (pending.clientId !== clientId) {
    throw new CognitoError(
      'WebAuthnClientMismatchException',
      'The registration was started by another app client.',
    );
  }
  let credential;
  try {
    credential = webauthn.verifyRegistration(req.Credential, pending.options, Date.now());
  } catch (error) {
    throw asCognitoError(error);
  }
  const credentials = user.WebAuthnCredentials ?? [];
  if (credentials.some((known) => known.CredentialId === credential.CredentialId)) {
    throw new CognitoError(
      'WebAuthnCredentialNotSupportedException',
      'Credential already registered.',
    );
  }
  await userPool.saveUser(ctx, { ...user, WebAuthnCredentials: [...credentials, credential] });
  return {};
};

Targets.ListWebAuthnCredentials = (services) => async (ctx, req) => {
  const { user } = await fromAccessToken(services, ctx, req.AccessToken);
  return {
    Credentials: (user.WebAuthnCredentials ?? []).map((credential) => ({
      CredentialId: credential.CredentialId,
      FriendlyCredentialName: credential.FriendlyCredentialName,
      RelyingPartyId: credential.RelyingPartyId,
      AuthenticatorAttachment: credential.AuthenticatorAttachment,
      AuthenticatorTransports: credential.AuthenticatorTransports,
      CreatedAt: credential.CreatedAt,
    })),
  };
};

/** USER_AUTH with PREFERRED_CHALLENGE WEB_AUTHN: the WEB_AUTHN challenge for the user's passkeys. */
async function startPasskeySignIn(ctx, userPool, client, username) {
  const { rpId, userVerification } = passkeySettings(userPool);
  const user = await userPool.getUserByUsername(ctx, username);
  const credentials = user?.WebAuthnCredentials ?? [];
  if (!user || credentials.length === 0) {
    throw new NotAuthorizedError('The user has no passkey.');
  }
  const options = webauthn.requestOptions(rpId, credentials, userVerification);
  return {
    ChallengeName: 'WEB_AUTHN',
    ChallengeParameters: {
      CREDENTIAL_REQUEST_OPTIONS: JSON.stringify(options),
      USERNAME: user.Username,
    },
    Session: issueSession({
      clientId: client.ClientId,
      username: user.Username,
      purpose: 'webAuthn',
      webAuthn: options,
    }),
  };
}

/** RespondToAuthChallenge WEB_AUTHN: the assertion checked against the stored key, then tokens. */
async function finishPasskeySignIn(services, ctx, req) {
  const entry = takeSession(req.Session, req.ClientId, 'webAuthn');
  const answers = req.ChallengeResponses ?? {};
  if (answers.USERNAME !== entry.username)
    throw new NotAuthorizedError('Invalid session for the user.');
  const client = await services.cognito.getAppClient(ctx, req.ClientId);
  const userPool = await services.cognito.getUserPoolForClientId(ctx, req.ClientId);
  const user = await userPool.getUserByUsername(ctx, entry.username);
  if (!user) throw new NotAuthorizedError('Incorrect username or passkey.');
  let assertion;
  try {
    assertion = JSON.parse(String(answers.CREDENTIAL));
  } catch {
    throw new InvalidParameterError('CREDENTIAL is not JSON.');
  }
  const credentials = user.WebAuthnCredentials ?? [];
  let verified;
  try {
    verified = webauthn.verifyAssertion(assertion, entry.webAuthn, credentials);
  } catch (error) {
    throw asCognitoError(error);
  }
  await userPool.saveUser(ctx, {
    ...user,
    WebAuthnCredentials: credentials.map((credential) =>
      credential.CredentialId === verified.credentialId
        ? { ...credential, SignCount: verified.signCount }
        : credential,
    ),
  });
  return signedIn(services, ctx, userPool, client, user);
}

// --- CustomMessage: every placeholder, and the links printed -------------------------------

const CODE_PARAMETER = '{####}';
const USERNAME_PARAMETER = '{username}';

/**
 * cognito-local's CustomMessage trigger (lib/services/triggers/customMessage.js) with one
 * difference: it replaces only the FIRST `{####}` and `{username}` of the function's answer
 * (String#replace); Cognito replaces every one, and a confirmation link's email holds the code
 * twice (the link's href and its text). One pass, so a username holding "{####}" stays as it is.
 */
function customMessageEveryPlaceholder(lambda) {
  return async (ctx, params) => {
    const { clientId, clientMetadata, code, source, userAttributes, username, userPoolId } = params;
    try {
      const response = await lambda.invoke(ctx, 'CustomMessage', {
        clientId,
        clientMetadata,
        codeParameter: CODE_PARAMETER,
        triggerSource: source,
        userAttributes: attributesToRecord(userAttributes),
        username,
        usernameParameter: USERNAME_PARAMETER,
        userPoolId,
      });
      const fill = (text) =>
        text?.replace(/\{####\}|\{username\}/g, (found) =>
          found === CODE_PARAMETER ? code : username,
        );
      const message = {
        emailMessage: fill(response.emailMessage),
        emailSubject: response.emailSubject,
        smsMessage: fill(response.smsMessage),
      };
      printConfirmationLinks(ctx, username, code, message);
      return message;
    } catch (error) {
      ctx.logger.error(error);
      return null;
    }
  };
}

/**
 * Each http(s) link of a delivered message that carries the code, on a line of its own:
 * `Confirmation link for <username>: <link>` (the delivery box wraps long lines). The HTML
 * email's `&amp;` and `&#39;` are read back as `&` and `'`.
 */
function printConfirmationLinks(ctx, username, code, message) {
  const links = new Set();
  for (const text of [message.emailMessage, message.smsMessage]) {
    const plain = String(text ?? '')
      .replaceAll('&amp;', '&')
      .replaceAll('&#39;', "'");
    for (const [link] of plain.matchAll(/https?:\/\/[^\s"<>]+/g)) {
      if (link.includes(code)) links.add(link);
    }
  }
  for (const link of links) ctx.logger.info(`Confirmation link for ${username}: ${link}`);
}

// Each log line is formatted and written at once with process.stdout.write (synchronous for
// files and pipes): no stream pipeline holds a confirmation code until the next line comes.
const prettify = pretty.prettyFactory({
  colorize: false,
  ignore: 'pid,name,hostname',
  singleLine: true,
  messageFormat: (log, key) => `${log.target ?? ''} ${log[key]}`,
});
const logger = pino(
  { level: process.env.DEBUG ? 'debug' : 'info' },
  { write: (line) => process.stdout.write(prettify(line)) },
);

/**
 * The operations a page may call: those a public app client calls in Cognito without AWS
 * credentials. Every other one (Admin*, pools, clients, groups, ListUsers, …) needs IAM
 * credentials there, which no page holds; here it is refused to any request with an Origin.
 */
const PUBLIC_OPERATIONS = new Set([
  'SignUp',
  'ConfirmSignUp',
  'ResendConfirmationCode',
  'InitiateAuth',
  'RespondToAuthChallenge',
  'ForgotPassword',
  'ConfirmForgotPassword',
  'ChangePassword',
  'GetUser',
  'UpdateUserAttributes',
  'DeleteUserAttributes',
  'DeleteUser',
  'GetUserAttributeVerificationCode',
  'VerifyUserAttribute',
  'AssociateSoftwareToken',
  'VerifySoftwareToken',
  'SetUserMFAPreference',
  'GlobalSignOut',
  'RevokeToken',
  'StartWebAuthnRegistration',
  'CompleteWebAuthnRegistration',
  'ListWebAuthnCredentials',
  'DeleteWebAuthnCredential',
]);

// An access token from the OAuth flow without aws.cognito.signin.user.admin may not call these.
oauth.requireAdminScope(
  Targets,
  [...PUBLIC_OPERATIONS].filter(
    (operation) =>
      ![
        'SignUp',
        'ConfirmSignUp',
        'ResendConfirmationCode',
        'InitiateAuth',
        'RespondToAuthChallenge',
        'ForgotPassword',
        'ConfirmForgotPassword',
        'RevokeToken',
      ].includes(operation),
  ),
  { jwt, NotAuthorizedError },
);

// Origins the parent added at run time (a test page's port, known after this server started):
// an IPC message { allowOrigins: [...] }. Kept in the data directory too, so that a restart on
// the same directory (a test that stops and restarts the server) keeps answering those pages.
const ADDED_ORIGINS_FILE = path.join('.cognito', 'allowed-origins.json');
function addedOrigins() {
  try {
    return parseOrigins(JSON.parse(readFileSync(ADDED_ORIGINS_FILE, 'utf8')));
  } catch {
    return new Set();
  }
}
let allowedOrigins = new Set([
  ...parseOrigins(process.env[ALLOWED_ORIGINS_ENV]),
  ...addedOrigins(),
]);
process.on('message', (message) => {
  if (!message || !Array.isArray(message.allowOrigins)) return;
  const added = parseOrigins(message.allowOrigins);
  allowedOrigins = new Set([...allowedOrigins, ...added]);
  writeFileSync(ADDED_ORIGINS_FILE, JSON.stringify([...addedOrigins(), ...added]));
  process.send?.({ allowedOrigins: [...allowedOrigins] });
});

/** The pages of this server itself (the local identity provider's form posts from them). */
const ownOrigins = (port) => [
  `http://127.0.0.1:${port}`,
  `http://localhost:${port}`,
  `http://[::1]:${port}`,
];

/** The local checks, then the user pool domain (dev/oauth.cjs) or cognito-local's application. */
function handle(application, domain, port, req, res) {
  const pathname = String(req.url ?? '/').split('?')[0];
  const origins =
    pathname === '/oauth2/idpresponse'
      ? new Set([...allowedOrigins, ...ownOrigins(port)])
      : allowedOrigins;
  if (guardRequest(req, res, { port, origins, allowMethods: 'GET, POST' })) {
    return;
  }
  // The pool's JWKS (issue #41), as Cognito publishes it at https://cognito-idp.<region>
  // .amazonaws.com/<pool id>/.well-known/jwks.json: the public key of this server's issuer
  // (cognito-local's key, kid CognitoLocal, RS256), for servers that verify its tokens
  // (react-cognito-signup/server's verifyCognitoToken and readSession with a loopback
  // endpoint). cognito-local answers this path for any pool id; here a pool that does not
  // exist (no .cognito/db/<pool id>.json) is 404, as in Cognito. It comes after the guard: the
  // Host check holds, a page may read it only from an allowed origin (with CORS), and a server
  // fetch sends no Origin and passes.
  const jwksPath = /^\/([\w-]+)\/\.well-known\/jwks\.json$/.exec(pathname);
  if (jwksPath && (req.method === 'GET' || req.method === 'HEAD')) {
    const poolId = jwksPath[1];
    const known =
      poolId !== 'clients' &&
      require('node:fs').existsSync(path.join('.cognito', 'db', `${poolId}.json`));
    const { kty, n, e } = lib('keys/cognitoLocal.public.json').jwk;
    res.writeHead(known ? 200 : 404, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify(
        known
          ? { keys: [{ kty, n, e, alg: 'RS256', kid: 'CognitoLocal', use: 'sig' }] }
          : { message: `User pool ${poolId} does not exist.` },
      ),
    );
    return;
  }
  if (oauth.isDomainPath(pathname)) {
    domain.handle(req, res);
    return;
  }
  if (req.headers.origin !== undefined && req.method === 'POST') {
    const operation = String(req.headers['x-amz-target'] ?? '').split('.')[1] ?? '';
    if (!PUBLIC_OPERATIONS.has(operation)) {
      res.writeHead(403, { 'content-type': 'application/x-amz-json-1.1' });
      res.end(
        JSON.stringify({
          __type: 'NotAuthorizedException',
          message: `${operation} needs AWS credentials: a page may not call it.`,
        }),
      );
      return;
    }
  }
  if (req.method === 'GET' && req.url === '/health') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        ok: true,
        sessions: sessions.size,
        registrations: registrations.size,
        oauthRequests: domain.pending.requests,
        oauthCodes: domain.pending.codes,
      }),
    );
    return;
  }
  // cognito-local's own CORS middleware writes `Access-Control-Allow-Origin: *`: the guard's
  // header (for an allowed origin only) is the one that stays.
  const setHeader = res.setHeader.bind(res);
  res.setHeader = (name, value) =>
    String(name).toLowerCase() === 'access-control-allow-origin' ? res : setHeader(name, value);
  application(req, res);
}

/**
 * cognito-local's createDefaultServer (lib/server/defaults.js), with its services kept: the user
 * pool domain uses the same pools, triggers and token generator as the operations.
 */
async function createLocalServer() {
  const ctx = { logger };
  const config = await loadConfig(ctx, new StormDBDataStoreFactory('.cognito'));
  const clock = new servicesLib.DateClock();
  const dataStoreFactory = new StormDBDataStoreFactory('.cognito/db');
  const cognito = await new CognitoServiceFactoryImpl(
    '.cognito/db',
    dataStoreFactory,
    new UserPoolServiceFactoryImpl(clock, dataStoreFactory),
  ).create(ctx, config.UserPoolDefaults);
  const triggers = new servicesLib.TriggersService(
    clock,
    cognito,
    new servicesLib.LambdaService(config.TriggerFunctions, new AWS.Lambda(config.LambdaClient)),
    new CryptoService(config.KMSConfig),
  );
  triggers.customMessage = customMessageEveryPlaceholder(triggers.lambda);
  const services = {
    clock,
    cognito,
    config,
    messages: new servicesLib.MessagesService(
      triggers,
      new MessageDeliveryService(new ConsoleMessageSender()),
    ),
    otp,
    tokenGenerator: new JwtTokenGenerator(clock, triggers, config.TokenConfig),
    triggers,
  };
  const { application } = createServer(Router(services), logger, config.ServerConfig, services);
  const domain = oauth.createDomain({
    services: () => services,
    logger,
    jwt,
    tokenPrivateKey,
    lifetime,
    refreshTokenClaims,
    fromAccessToken: (context, token) => fromAccessToken(services, context, token),
  });
  return { application, domain };
}

createLocalServer()
  .then(
    ({ application, domain }) =>
      new Promise((resolve, reject) => {
        const server = http.createServer((req, res) =>
          handle(application, domain, server.address().port, req, res),
        );
        server.once('error', reject);
        server.listen(Number(process.env.PORT ?? 9229), process.env.HOST ?? '127.0.0.1', () =>
          resolve(server),
        );
      }),
  )
  .then((server) => {
    const address = server.address();
    issuerDomain = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
    logger.info(`Cognito Local running on http://${address.address}:${address.port}`);
  })
  .catch((error) => {
    logger.error(error);
    process.exit(1);
  });

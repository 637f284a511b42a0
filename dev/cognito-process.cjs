// Runs cognito-local in this process (working directory = its data directory) and, through its
// exported Targets map, adds what it lacks: ResendConfirmationCode; ConfirmSignUp's answers for
// an unknown or an already confirmed user as Cognito gives them; Sessions from SignUp and
// ConfirmSignUp and InitiateAuth USER_AUTH with them (app clients with ALLOW_USER_AUTH); SRP
// sign-in (USER_SRP_AUTH + PASSWORD_VERIFIER); passwordless sign-up for pools whose
// SignInPolicy allows one-time passwords; ValidationData handed to PreSignUp; passkeys
// (SetUserPoolMfaConfig's WebAuthnConfiguration, Start/CompleteWebAuthnRegistration,
// ListWebAuthnCredentials, USER_AUTH with PREFERRED_CHALLENGE WEB_AUTHN; dev/webauthn.cjs checks
// the credentials). Tokens come from cognito-local's own issuer.
// Started by dev/local-cognito.mjs; HOST and PORT come from the environment
// (LOCAL_COGNITO_SIGN_IN_SESSION_TTL_MS shortens the life of the Sessions that sign in, for
// tests of an expired one; every Session lives 3 minutes by default, as in Cognito).
require('./tether.cjs');
const { randomBytes } = require('node:crypto');
const https = require('node:https');
const path = require('node:path');
const srp = require('./srp-server.cjs');
const webauthn = require('./webauthn.cjs');

const root = path.dirname(require.resolve('cognito-local/package.json'));
const lib = (p) => require(path.join(root, 'lib', p));
const { Targets } = lib('targets/targets.js');
const {
  CognitoError,
  InvalidParameterError,
  NotAuthorizedError,
  UserNotConfirmedException,
  UserNotFoundError,
} = lib('errors.js');
const { selectAppropriateDeliveryMethod } = lib('services/messageDelivery/deliveryMethod.js');
const { createDefaultServer } = lib('server/index.js');
const jwt = require(require.resolve('jsonwebtoken', { paths: [root] }));
const tokenKey = require('node:crypto').createPublicKey({
  key: lib('keys/cognitoLocal.public.json').jwk,
  format: 'jwk',
});
const pino = require(require.resolve('pino', { paths: [root] }));
const pretty = require(require.resolve('pino-pretty', { paths: [root] }));

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
    });
    return { CodeDeliveryDetails: delivery };
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

const SESSION_TTL_MS = 3 * 60 * 1000;
const SIGN_IN_SESSION_TTL_MS =
  Number(process.env.LOCAL_COGNITO_SIGN_IN_SESSION_TTL_MS) || SESSION_TTL_MS;
/** Session → what it may be used for once: { clientId, username, purpose, expires, srp? }. */
const sessions = new Map();

function issueSession(entry) {
  const session = randomBytes(96).toString('base64url');
  const ttl = entry.purpose === 'signIn' ? SIGN_IN_SESSION_TTL_MS : SESSION_TTL_MS;
  sessions.set(session, { ...entry, expires: Date.now() + ttl });
  return session;
}

/** The Session's entry, used up; Cognito's NotAuthorized when it is unknown, spent or expired. */
function takeSession(session, clientId, purpose) {
  const entry = typeof session === 'string' ? sessions.get(session) : undefined;
  if (entry) sessions.delete(session);
  if (!entry || entry.clientId !== clientId || entry.purpose !== purpose) {
    throw new NotAuthorizedError('Invalid session for the user.');
  }
  if (entry.expires < Date.now()) {
    throw new NotAuthorizedError('Invalid session for the user, session is expired.');
  }
  return entry;
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
  return {
    ChallengeParameters: {},
    AuthenticationResult: { ...tokens, ExpiresIn: 3600, TokenType: 'Bearer' },
  };
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
    if (req.AuthFlow !== 'USER_AUTH' && req.AuthFlow !== 'USER_SRP_AUTH') return target(ctx, req);
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
    if (req.ChallengeName !== 'PASSWORD_VERIFIER') return target(ctx, req);
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
/** Pending registrations: `${poolId}/${username}` → { options, clientId, expires }; single use. */
const registrations = new Map();

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
  registrations.set(`${userPool.options.Id}/${user.Username}`, {
    options,
    clientId,
    expires: Date.now() + SESSION_TTL_MS,
  });
  return { CredentialCreationOptions: options };
};

Targets.CompleteWebAuthnRegistration = (services) => async (ctx, req) => {
  const { userPool, user, clientId } = await fromAccessToken(services, ctx, req.AccessToken);
  passkeySettings(userPool);
  const key = `${userPool.options.Id}/${user.Username}`;
  const pending = registrations.get(key);
  registrations.delete(key);
  if (!pending || pending.expires < Date.now()) {
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

createDefaultServer(logger)
  .then((server) => server.start())
  .then((server) => {
    const address = server.address();
    const proto = server instanceof https.Server ? 'https' : 'http';
    logger.info(`Cognito Local running on ${proto}://${address.address}:${address.port}`);
  })
  .catch((error) => {
    logger.error(error);
    process.exit(1);
  });

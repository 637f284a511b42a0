// The user pool domain of the local Cognito (issue #37): its OAuth 2.0 endpoints and a local
// identity provider standing in for Google, Apple & co., served at the local Cognito's own origin
// (locally the "domain" is its base URL, e.g. http://127.0.0.1:9229). Required by
// dev/cognito-process.cjs, which routes these paths here before cognito-local's own (a
// username/password form at /oauth2/authorize, never reached).
//
// - CreateIdentityProvider, DescribeIdentityProvider, ListIdentityProviders,
//   UpdateIdentityProvider, DeleteIdentityProvider: kept in the pool's options (admin operations:
//   a page may not call them, dev/cognito-process.cjs's PUBLIC_OPERATIONS).
// - GET /oauth2/authorize: the authorization code grant as Cognito checks it (an unknown client or
//   an unlisted redirect_uri get an error page, never a redirect; then errors go back to the
//   redirect_uri), with PKCE S256 required (Cognito accepts a public client without PKCE; the
//   local one refuses it, so that the kit is never tested without). With `identity_provider`
//   only: it answers the local identity provider's page, a list of test identities.
// - POST /oauth2/idpresponse: the identity chosen on that page (or Cancel); the federated user is
//   found or created (`<ProviderName>_<sub>`, EXTERNAL_PROVIDER, the provider's AttributeMapping,
//   `identities`), PreSignUp runs with PreSignUp_ExternalProvider, then the code goes back.
// - POST /oauth2/token: authorization_code (PKCE checked) and refresh_token grants.
// - GET /oauth2/userInfo, GET /logout.
//
// The environment: LOCAL_OAUTH_CODE_TTL_MS (the life of an authorization code, 5 minutes by
// default), LOCAL_IDP_IDENTITIES (a JSON array of identities { sub, name, email?,
// email_verified?, … } that replace the built-in ones with the same sub or are added to them).
const { createHash, randomBytes, randomUUID, timingSafeEqual } = require('node:crypto');
const { createExpiringMap } = require('./expiring-map.cjs');

const PROVIDER_TYPES = ['Google', 'Facebook', 'LoginWithAmazon', 'SignInWithApple', 'OIDC', 'SAML'];
/** Social providers: Cognito requires their ProviderName to be their type. */
const SOCIAL_TYPES = new Set(['Google', 'Facebook', 'LoginWithAmazon', 'SignInWithApple']);
/** What the provider's page calls it. */
const PROVIDER_LABELS = {
  Google: 'Google',
  Facebook: 'Facebook',
  LoginWithAmazon: 'Amazon',
  SignInWithApple: 'Apple',
};
/** The scope user pool API operations (GetUser, UpdateUserAttributes, …) need in an access token. */
const ADMIN_SCOPE = 'aws.cognito.signin.user.admin';
/** Cognito's app client ids; also keeps `__proto__` & co. away from cognito-local's lookups. */
const CLIENT_ID = /^[\w+]{1,128}$/;
/** BASE64URL(SHA-256(verifier)): always 43 characters. */
const S256_CHALLENGE = /^[A-Za-z0-9_-]{43}$/;
const REQUEST_TTL_MS = 10 * 60 * 1000;
const CODE_TTL_MS = Number(process.env.LOCAL_OAUTH_CODE_TTL_MS) || 5 * 60 * 1000;
const MAX_PENDING = 10_000;
const MAX_FORM_BYTES = 16 * 1024;

/** The test identities every local provider offers. */
const DEFAULT_IDENTITIES = [
  { sub: '1001', name: 'Ada Lovelace', email: 'ada@example.com', email_verified: true },
  { sub: '1002', name: 'Grace Hopper', email: 'grace@example.com', email_verified: false },
  { sub: '1003', name: 'Alan Turing' },
  { sub: '1004', name: 'Refused Person', email: 'refused@example.com', email_verified: true },
];

/** The built-in identities, with LOCAL_IDP_IDENTITIES's replacing or added (by sub). */
function testIdentities(value = process.env.LOCAL_IDP_IDENTITIES) {
  const bySub = new Map(DEFAULT_IDENTITIES.map((identity) => [identity.sub, identity]));
  if (value) {
    let added;
    try {
      added = JSON.parse(value);
    } catch {
      throw new Error('LOCAL_IDP_IDENTITIES is not JSON.');
    }
    if (!Array.isArray(added)) throw new Error('LOCAL_IDP_IDENTITIES is not a JSON array.');
    for (const identity of added) {
      if (!identity || typeof identity.sub !== 'string' || typeof identity.name !== 'string') {
        throw new Error('LOCAL_IDP_IDENTITIES: every identity needs a string sub and name.');
      }
      bySub.set(identity.sub, identity);
    }
  }
  return [...bySub.values()];
}

// --- Identity providers of a pool ------------------------------------------------------------

const providersOf = (userPool) => userPool.options.IdentityProviders ?? {};
const providerOf = (userPool, name) => {
  const providers = providersOf(userPool);
  return typeof name === 'string' && Object.hasOwn(providers, name) ? providers[name] : undefined;
};
/** A stored provider as the API answers it (dates as Date: the server writes epoch seconds). */
const describe = (stored) => ({
  ...stored,
  CreationDate: new Date(stored.CreationDate),
  LastModifiedDate: new Date(stored.LastModifiedDate),
});

/**
 * Adds the identity provider operations to cognito-local's Targets map.
 * @param {Record<string, Function>} Targets
 * @param {{ CognitoError: any, InvalidParameterError: any, ResourceNotFoundError: any }} errors
 */
function addIdentityProviderTargets(Targets, errors) {
  const { CognitoError, InvalidParameterError, ResourceNotFoundError } = errors;
  const notFound = (name) => new ResourceNotFoundError(`Identity provider ${name} does not exist.`);
  const stringMap = (value, what) => {
    if (value === undefined) return {};
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      throw new InvalidParameterError(`${what} must be a map of strings.`);
    }
    for (const entry of Object.values(value)) {
      if (typeof entry !== 'string')
        throw new InvalidParameterError(`${what} must be a map of strings.`);
    }
    return { ...value };
  };
  const save = (ctx, userPool, providers) =>
    userPool.updateOptions(ctx, { ...userPool.options, IdentityProviders: providers });

  Targets.CreateIdentityProvider =
    ({ cognito, clock }) =>
    async (ctx, req) => {
      const userPool = await cognito.getUserPool(ctx, req.UserPoolId);
      const name = req.ProviderName;
      if (!PROVIDER_TYPES.includes(req.ProviderType)) {
        throw new InvalidParameterError(
          `ProviderType must be one of ${PROVIDER_TYPES.join(', ')}.`,
        );
      }
      if (typeof name !== 'string' || !/^[^_\s][^\s]{0,30}[^_\s]$|^[^_\s]$/u.test(name)) {
        throw new InvalidParameterError('ProviderName must be 1 to 32 characters, no spaces.');
      }
      if (name === 'COGNITO') throw new InvalidParameterError('COGNITO is a reserved name.');
      if (SOCIAL_TYPES.has(req.ProviderType) && name !== req.ProviderType) {
        throw new InvalidParameterError(
          `The ProviderName of a ${req.ProviderType} provider must be ${req.ProviderType}.`,
        );
      }
      if (!req.ProviderDetails) throw new InvalidParameterError('ProviderDetails is required.');
      const details = stringMap(req.ProviderDetails, 'ProviderDetails');
      const mapping = stringMap(req.AttributeMapping, 'AttributeMapping');
      if (providerOf(userPool, name)) {
        throw new CognitoError(
          'DuplicateProviderException',
          `A provider with the name ${name} already exists in this user pool.`,
        );
      }
      const now = clock.get();
      const stored = {
        UserPoolId: userPool.options.Id,
        ProviderName: name,
        ProviderType: req.ProviderType,
        ProviderDetails: details,
        AttributeMapping: mapping,
        IdpIdentifiers: Array.isArray(req.IdpIdentifiers) ? req.IdpIdentifiers : [],
        CreationDate: now,
        LastModifiedDate: now,
      };
      await save(ctx, userPool, { ...providersOf(userPool), [name]: stored });
      return { IdentityProvider: describe(stored) };
    };

  Targets.DescribeIdentityProvider =
    ({ cognito }) =>
    async (ctx, req) => {
      const userPool = await cognito.getUserPool(ctx, req.UserPoolId);
      const stored = providerOf(userPool, req.ProviderName);
      if (!stored) throw notFound(req.ProviderName);
      return { IdentityProvider: describe(stored) };
    };

  Targets.ListIdentityProviders =
    ({ cognito }) =>
    async (ctx, req) => {
      const userPool = await cognito.getUserPool(ctx, req.UserPoolId);
      const all = Object.values(providersOf(userPool));
      const start = Number(req.NextToken ?? 0) || 0;
      const size = Math.min(Math.max(Number(req.MaxResults) || 60, 1), 60);
      const page = all.slice(start, start + size);
      return {
        Providers: page.map((stored) => {
          const { ProviderName, ProviderType, CreationDate, LastModifiedDate } = describe(stored);
          return { ProviderName, ProviderType, CreationDate, LastModifiedDate };
        }),
        ...(start + size < all.length ? { NextToken: String(start + size) } : {}),
      };
    };

  Targets.UpdateIdentityProvider =
    ({ cognito, clock }) =>
    async (ctx, req) => {
      const userPool = await cognito.getUserPool(ctx, req.UserPoolId);
      const stored = providerOf(userPool, req.ProviderName);
      if (!stored) throw notFound(req.ProviderName);
      const updated = {
        ...stored,
        ProviderDetails:
          req.ProviderDetails === undefined
            ? stored.ProviderDetails
            : stringMap(req.ProviderDetails, 'ProviderDetails'),
        AttributeMapping:
          req.AttributeMapping === undefined
            ? stored.AttributeMapping
            : stringMap(req.AttributeMapping, 'AttributeMapping'),
        IdpIdentifiers: Array.isArray(req.IdpIdentifiers)
          ? req.IdpIdentifiers
          : stored.IdpIdentifiers,
        LastModifiedDate: clock.get(),
      };
      await save(ctx, userPool, { ...providersOf(userPool), [stored.ProviderName]: updated });
      return { IdentityProvider: describe(updated) };
    };

  Targets.DeleteIdentityProvider =
    ({ cognito }) =>
    async (ctx, req) => {
      const userPool = await cognito.getUserPool(ctx, req.UserPoolId);
      const stored = providerOf(userPool, req.ProviderName);
      if (!stored) throw notFound(req.ProviderName);
      const { [stored.ProviderName]: _deleted, ...rest } = providersOf(userPool);
      await save(ctx, userPool, rest);
      return {};
    };

  // Cognito refuses an app client whose SupportedIdentityProviders names a provider the pool
  // does not have (COGNITO is always there).
  for (const operation of ['CreateUserPoolClient', 'UpdateUserPoolClient']) {
    const target = Targets[operation];
    Targets[operation] = (services) => {
      const run = target(services);
      return async (ctx, req) => {
        if (Array.isArray(req.SupportedIdentityProviders)) {
          const userPool = await services.cognito.getUserPool(ctx, req.UserPoolId);
          for (const name of req.SupportedIdentityProviders) {
            if (name !== 'COGNITO' && !providerOf(userPool, name)) {
              throw new InvalidParameterError(
                `The provider ${name} does not exist for User Pool ${req.UserPoolId}`,
              );
            }
          }
        }
        return run(ctx, req);
      };
    };
  }
}

/**
 * Cognito refuses an access token without the aws.cognito.signin.user.admin scope (one from the
 * OAuth flow that did not ask for it) to the user pool API operations that take one.
 */
function requireAdminScope(Targets, operations, { jwt, NotAuthorizedError }) {
  for (const operation of operations) {
    const target = Targets[operation];
    if (!target) continue;
    Targets[operation] = (services) => {
      const run = target(services);
      return async (ctx, req) => {
        const claims = typeof req?.AccessToken === 'string' ? jwt.decode(req.AccessToken) : null;
        if (
          claims &&
          typeof claims.scope === 'string' &&
          !claims.scope.split(' ').includes(ADMIN_SCOPE)
        ) {
          throw new NotAuthorizedError('Access Token does not have required scopes');
        }
        return run(ctx, req);
      };
    };
  }
}

// --- Users and tokens ------------------------------------------------------------------------

/** Attributes that are no ID token claim of their own. */
const NOT_CLAIMS = new Set(['sub', 'identities']);

/**
 * The ID token claims Cognito derives from the user's attributes: every standard attribute
 * (`email_verified` and `phone_number_verified` as booleans), `identities` as objects.
 * Custom attributes are cognito-local's already.
 */
function attributeClaims(user) {
  const claims = {};
  for (const { Name, Value } of user.Attributes ?? []) {
    if (NOT_CLAIMS.has(Name) || Name.startsWith('custom:')) continue;
    claims[Name] = Name.endsWith('_verified') ? Value === 'true' : Value;
  }
  const identities = (user.Attributes ?? []).find((a) => a.Name === 'identities')?.Value;
  if (identities) {
    try {
      claims.identities = JSON.parse(identities);
    } catch {
      // not Cognito's JSON: left out
    }
  }
  return claims;
}

/** The pool attributes `identity` maps to through the provider's AttributeMapping. */
function mappedAttributes(provider, identity) {
  const attributes = [];
  for (const [poolAttribute, providerAttribute] of Object.entries(
    provider.AttributeMapping ?? {},
  )) {
    if (poolAttribute === 'username') continue;
    const value = identity[providerAttribute];
    if (value === undefined || value === null) continue;
    attributes.push({ Name: poolAttribute, Value: String(value) });
  }
  return attributes;
}

/** `attributes` with `updates` replacing those of the same name. */
function withAttributes(attributes, updates) {
  const names = new Set(updates.map((a) => a.Name));
  return [...attributes.filter((a) => !names.has(a.Name)), ...updates];
}

/** Cognito's text for the required attributes missing from `attributes`, or null. */
function missingRequired(userPool, attributes) {
  const have = new Set(attributes.map((a) => a.Name));
  const missing = (userPool.options.SchemaAttributes ?? [])
    .filter((schema) => schema.Required && schema.Name !== 'sub' && !have.has(schema.Name))
    .map((schema) => `${schema.Name}: Attribute is required.`);
  return missing.length ? `Invalid user attributes: ${missing.join(' ')} ` : null;
}

// --- HTTP --------------------------------------------------------------------------------------

const escapeHtml = (text) =>
  String(text).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;margin:0;background:#f4f4f5;color:#18181b}
main{max-width:28rem;margin:3rem auto;padding:1.5rem 2rem;background:#fff;border-radius:8px;box-shadow:0 1px 4px #0002}
h1{font-size:1.4rem;margin:0 0 .5rem}p{margin:.5rem 0}ul{list-style:none;padding:0;margin:1rem 0}li{margin:.5rem 0}
button{font:inherit;width:100%;padding:.6rem .8rem;text-align:left;border:1px solid #a1a1aa;border-radius:6px;background:#fff;cursor:pointer}
button:hover,button:focus{border-color:#18181b}button.cancel{text-align:center;background:#f4f4f5}
.note{font-size:.875rem;color:#52525b}code{font-size:.875rem}`;

/** Headers of every HTML page: no script, no frame, no cache. */
function htmlHeaders(formTargets = '') {
  return {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': `default-src 'none'; style-src 'unsafe-inline'; form-action 'self'${formTargets}; frame-ancestors 'none'; base-uri 'none'`,
    'x-frame-options': 'DENY',
    'x-content-type-options': 'nosniff',
    // Not no-referrer: that makes a browser send `Origin: null` with the form's POST.
    'referrer-policy': 'same-origin',
    'cache-control': 'no-store',
  };
}

function page(title, body) {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><main>
${body}
</main></body>
</html>`;
}

/** An error shown on the domain's own page: what must never go back to an unchecked redirect_uri. */
function errorPage(res, status, error, description) {
  res.writeHead(status, htmlHeaders());
  res.end(
    page(
      'Sign-in error',
      `<h1>Sign-in error</h1>
<p>An error was encountered with the requested page: <code>${escapeHtml(error)}</code></p>
<p>${escapeHtml(description)}</p>`,
    ),
  );
}

function redirect(res, location) {
  res.writeHead(302, { location, 'cache-control': 'no-store' });
  res.end();
}

/** `uri` with `params` added to its query (undefined ones left out). */
function withQuery(uri, params) {
  const url = new URL(uri);
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined) url.searchParams.append(key, value);
  }
  return url.href;
}

function json(res, status, body, headers = {}) {
  res.writeHead(status, {
    'content-type': 'application/json;charset=UTF-8',
    'cache-control': 'no-store',
    pragma: 'no-cache',
    ...headers,
  });
  res.end(JSON.stringify(body));
}

/** The form-urlencoded body, at most MAX_FORM_BYTES; null when too large or of another type. */
function readForm(req) {
  return new Promise((resolve) => {
    const type = String(req.headers['content-type'] ?? '')
      .split(';')[0]
      .trim()
      .toLowerCase();
    if (type !== 'application/x-www-form-urlencoded') {
      req.resume();
      resolve(null);
      return;
    }
    let body = '';
    let size = 0;
    req.setEncoding('utf8');
    req.on('error', () => resolve(null));
    req.on('data', (chunk) => {
      size += Buffer.byteLength(chunk);
      if (size > MAX_FORM_BYTES) {
        req.destroy();
        resolve(null);
        return;
      }
      body += chunk;
    });
    req.on('end', () => resolve(size > MAX_FORM_BYTES ? null : new URLSearchParams(body)));
  });
}

/** A single value of `params` (a repeated one counts as missing). */
function single(params, key) {
  const values = params.getAll(key);
  return values.length === 1 ? values[0] : undefined;
}

const sameSecret = (a, b) => {
  const x = Buffer.from(String(a));
  const y = Buffer.from(String(b));
  return x.length === y.length && timingSafeEqual(x, y);
};

/** The paths the domain answers (every other /oauth2/ path: 404, cognito-local's included). */
function isDomainPath(pathname) {
  return pathname === '/logout' || pathname.startsWith('/oauth2/');
}

/**
 * The domain's HTTP handler.
 * @param {{
 *   services: () => any,
 *   logger: any,
 *   jwt: any,
 *   tokenPrivateKey: string,
 *   lifetime: (token: string) => number | undefined,
 *   refreshTokenClaims: (token: unknown, clientId: string, userPoolId: string) => any,
 *   fromAccessToken: (ctx: any, token: unknown) => Promise<{ userPool: any, user: any }>,
 * }} options
 */
function createDomain(options) {
  const { jwt, tokenPrivateKey, lifetime, refreshTokenClaims, fromAccessToken } = options;
  const identities = testIdentities();
  /** request id → the checked authorize request; single use, REQUEST_TTL_MS. */
  const requests = createExpiringMap({ maxEntries: MAX_PENDING });
  /** code → { clientId, redirectUri, challenge, scopes, nonce, userPoolId, username }. */
  const codes = createExpiringMap({ maxEntries: MAX_PENDING });
  const ctx = { logger: options.logger };

  const appClient = async (clientId) => {
    if (typeof clientId !== 'string' || !CLIENT_ID.test(clientId)) return undefined;
    return (await options.services().cognito.getAppClient(ctx, clientId)) ?? undefined;
  };
  const allowsCodeFlow = (client) =>
    client.AllowedOAuthFlowsUserPoolClient === true &&
    (client.AllowedOAuthFlows ?? []).includes('code');

  async function authorize(url, res) {
    const query = url.searchParams;
    const client = await appClient(single(query, 'client_id'));
    if (!client) {
      errorPage(res, 400, 'invalid_request', 'The client_id is no app client of this user pool.');
      return;
    }
    const redirectUri = single(query, 'redirect_uri');
    if (!redirectUri || !(client.CallbackURLs ?? []).includes(redirectUri)) {
      errorPage(
        res,
        400,
        'redirect_mismatch',
        'The redirect_uri is not one of the app client’s callback URLs (exactly).',
      );
      return;
    }
    const state = single(query, 'state');
    const back = (error, description) =>
      redirect(res, withQuery(redirectUri, { error, error_description: description, state }));
    if (single(query, 'response_type') !== 'code' || !allowsCodeFlow(client)) {
      back('unauthorized_client', 'The app client does not allow the authorization code grant.');
      return;
    }
    const userPool = await options.services().cognito.getUserPoolForClientId(ctx, client.ClientId);
    const providerName = single(query, 'identity_provider');
    if (!providerName) {
      back(
        'invalid_request',
        'identity_provider is required: the local Cognito has no hosted sign-in page.',
      );
      return;
    }
    const provider = providerOf(userPool, providerName);
    if (!provider || !(client.SupportedIdentityProviders ?? []).includes(providerName)) {
      back(
        'invalid_request',
        `The identity provider ${providerName} is not enabled for this client.`,
      );
      return;
    }
    // Cognito lets a public client go without PKCE; the local one requires S256 so that the
    // kit is always tested with it.
    const challenge = single(query, 'code_challenge');
    if (
      single(query, 'code_challenge_method') !== 'S256' ||
      !challenge ||
      !S256_CHALLENGE.test(challenge)
    ) {
      back('invalid_request', 'PKCE is required: code_challenge with code_challenge_method=S256.');
      return;
    }
    const allowedScopes = client.AllowedOAuthScopes ?? [];
    const asked = (single(query, 'scope') ?? '').split(' ').filter(Boolean);
    const scopes = asked.length ? [...new Set(asked)] : allowedScopes;
    const refused = scopes.find((scope) => !allowedScopes.includes(scope));
    if (refused !== undefined || scopes.length === 0) {
      back('invalid_scope', `The scope ${refused ?? '(none)'} is not allowed for this client.`);
      return;
    }
    const request = randomBytes(32).toString('base64url');
    requests.set(
      request,
      {
        clientId: client.ClientId,
        userPoolId: userPool.options.Id,
        providerName,
        redirectUri,
        state,
        challenge,
        scopes,
        nonce: single(query, 'nonce'),
      },
      REQUEST_TTL_MS,
    );
    const label = PROVIDER_LABELS[provider.ProviderType] ?? provider.ProviderName;
    const redirectOrigin = new URL(redirectUri).origin;
    const buttons = identities
      .map((identity) => {
        const email = identity.email
          ? `${identity.email} (${identity.email_verified === true || identity.email_verified === 'true' ? 'verified' : 'not verified'})`
          : 'no email shared';
        return `<li><button type="submit" name="identity" value="${escapeHtml(identity.sub)}">${escapeHtml(identity.name)} — ${escapeHtml(email)}</button></li>`;
      })
      .join('\n');
    res.writeHead(200, htmlHeaders(redirectOrigin === 'null' ? '' : ` ${redirectOrigin}`));
    res.end(
      page(
        `Sign in with ${label} (local stand-in)`,
        `<h1>Sign in with ${escapeHtml(label)}</h1>
<p class="note">The local Cognito’s stand-in for ${escapeHtml(label)}: no real account is used.
Choose a test identity for <strong>${escapeHtml(client.ClientName ?? client.ClientId)}</strong>
(${escapeHtml(redirectOrigin)}), which asks for <code>${escapeHtml(scopes.join(' '))}</code>.</p>
<form method="post" action="/oauth2/idpresponse">
<input type="hidden" name="request" value="${request}">
<ul>
${buttons}
</ul>
<button type="submit" name="cancel" value="1" class="cancel">Cancel</button>
</form>`,
      ),
    );
  }

  async function idpResponse(req, res) {
    const form = await readForm(req);
    const taken = form ? requests.take(single(form, 'request') ?? '') : undefined;
    if (!taken || taken.expired) {
      errorPage(
        res,
        400,
        'invalid_request',
        'This sign-in is unknown, used or expired: start again.',
      );
      return;
    }
    const pending = taken.value;
    const back = (params) =>
      redirect(res, withQuery(pending.redirectUri, { ...params, state: pending.state }));
    const fail = (error, description) => back({ error, error_description: description });
    if (form.has('cancel')) {
      fail('access_denied', 'The user cancelled the sign-in at the identity provider.');
      return;
    }
    const identity = identities.find((candidate) => candidate.sub === single(form, 'identity'));
    if (!identity) {
      fail('invalid_request', 'The identity provider answered no known identity.');
      return;
    }
    const services = options.services();
    const client = await appClient(pending.clientId);
    if (!client || !allowsCodeFlow(client)) {
      fail('unauthorized_client', 'The app client does not allow the authorization code grant.');
      return;
    }
    const userPool = await services.cognito.getUserPool(ctx, pending.userPoolId);
    const provider = providerOf(userPool, pending.providerName);
    if (!provider) {
      fail('invalid_request', `The identity provider ${pending.providerName} no longer exists.`);
      return;
    }
    const username = `${provider.ProviderName}_${identity.sub}`;
    const mapped = mappedAttributes(provider, identity);
    const now = services.clock.get();
    let user = await userPool.getUserByUsername(ctx, username);
    if (user && user.Username !== username) user = null;
    if (user) {
      if (user.Enabled === false) {
        fail('invalid_request', 'User is disabled.');
        return;
      }
      // Cognito writes the mapped attributes again at every federated sign-in.
      user = {
        ...user,
        Attributes: withAttributes(user.Attributes ?? [], mapped),
        UserLastModifiedDate: now,
      };
      await userPool.saveUser(ctx, user);
    } else {
      const identitiesValue = JSON.stringify([
        {
          userId: identity.sub,
          providerName: provider.ProviderName,
          providerType: provider.ProviderType,
          issuer: null,
          primary: 'true',
          dateCreated: String(now.getTime()),
        },
      ]);
      let attributes = [
        { Name: 'sub', Value: randomUUID() },
        ...mapped,
        { Name: 'identities', Value: identitiesValue },
      ];
      const missing = missingRequired(userPool, attributes);
      if (missing) {
        fail('invalid_request', missing);
        return;
      }
      if (services.triggers.enabled('PreSignUp')) {
        let answer;
        try {
          answer = await services.triggers.preSignUp(ctx, {
            clientId: client.ClientId,
            clientMetadata: undefined,
            source: 'PreSignUp_ExternalProvider',
            userAttributes: attributes,
            username,
            userPoolId: userPool.options.Id,
            validationData: undefined,
          });
        } catch (error) {
          fail('invalid_request', String(error?.message ?? error));
          return;
        }
        const has = (name) => attributes.some((a) => a.Name === name);
        if (answer?.autoVerifyEmail && has('email')) {
          attributes = withAttributes(attributes, [{ Name: 'email_verified', Value: 'true' }]);
        }
        if (answer?.autoVerifyPhone && has('phone_number')) {
          attributes = withAttributes(attributes, [
            { Name: 'phone_number_verified', Value: 'true' },
          ]);
        }
      }
      user = {
        Username: username,
        Attributes: attributes,
        Enabled: true,
        UserStatus: 'EXTERNAL_PROVIDER',
        RefreshTokens: [],
        UserCreateDate: now,
        UserLastModifiedDate: now,
      };
      await userPool.saveUser(ctx, user);
    }
    const code = randomBytes(32).toString('base64url');
    codes.set(
      code,
      {
        clientId: pending.clientId,
        redirectUri: pending.redirectUri,
        challenge: pending.challenge,
        scopes: pending.scopes,
        nonce: pending.nonce,
        userPoolId: pending.userPoolId,
        username,
      },
      CODE_TTL_MS,
    );
    back({ code });
  }

  /** Tokens for `user` with the granted scopes: Cognito's claims, the refresh token kept. */
  async function issueTokens(userPool, client, user, scopes, nonce) {
    const services = options.services();
    const groups = await userPool.listUserGroupMembership(ctx, user);
    const tokens = await services.tokenGenerator.generate(
      ctx,
      user,
      groups,
      client,
      undefined,
      'HostedAuth',
    );
    const resign = (token, claims, keyid) =>
      jwt.sign({ ...jwt.decode(token), ...claims }, tokenPrivateKey, {
        algorithm: 'RS256',
        ...(keyid ? { keyid } : {}),
      });
    const scope = scopes.join(' ');
    return {
      AccessToken: resign(tokens.AccessToken, { scope }, 'CognitoLocal'),
      IdToken: resign(tokens.IdToken, nonce === undefined ? {} : { nonce }, 'CognitoLocal'),
      RefreshToken: resign(tokens.RefreshToken, { scope }),
    };
  }

  async function token(req, res) {
    const form = await readForm(req);
    if (!form) {
      json(res, 400, {
        error: 'invalid_request',
        error_description: 'A form-urlencoded body is expected.',
      });
      return;
    }
    // The client: client_id (a public client), with its secret in HTTP Basic or the body.
    let clientId = single(form, 'client_id');
    let secret = single(form, 'client_secret');
    const basic = /^Basic\s+(.+)$/i.exec(String(req.headers.authorization ?? ''))?.[1];
    if (basic) {
      const [id, ...rest] = Buffer.from(basic, 'base64').toString('utf8').split(':');
      if (clientId !== undefined && clientId !== id) {
        json(res, 400, { error: 'invalid_client' });
        return;
      }
      clientId = id;
      secret = rest.join(':');
    }
    const client = await appClient(clientId);
    if (
      !client ||
      (client.ClientSecret && (secret === undefined || !sameSecret(secret, client.ClientSecret)))
    ) {
      json(res, 400, { error: 'invalid_client' });
      return;
    }
    if (!allowsCodeFlow(client)) {
      json(res, 400, { error: 'unauthorized_client' });
      return;
    }
    const services = options.services();
    const grantType = single(form, 'grant_type');
    if (grantType === 'authorization_code') {
      const code = single(form, 'code');
      const verifier = single(form, 'code_verifier');
      const taken = code ? codes.take(code) : undefined;
      const grant = taken?.value;
      const proven =
        typeof verifier === 'string' &&
        grant &&
        createHash('sha256').update(verifier).digest('base64url') === grant.challenge;
      if (
        !grant ||
        taken.expired ||
        grant.clientId !== client.ClientId ||
        grant.redirectUri !== single(form, 'redirect_uri') ||
        !proven
      ) {
        json(res, 400, { error: 'invalid_grant' });
        return;
      }
      const userPool = await services.cognito.getUserPool(ctx, grant.userPoolId);
      const user = await userPool.getUserByUsername(ctx, grant.username);
      if (!user || user.Username !== grant.username || user.Enabled === false) {
        json(res, 400, { error: 'invalid_grant' });
        return;
      }
      const tokens = await issueTokens(userPool, client, user, grant.scopes, grant.nonce);
      await userPool.storeRefreshToken(ctx, tokens.RefreshToken, user);
      json(res, 200, {
        ...(grant.scopes.includes('openid') ? { id_token: tokens.IdToken } : {}),
        access_token: tokens.AccessToken,
        refresh_token: tokens.RefreshToken,
        expires_in: lifetime(tokens.AccessToken),
        token_type: 'Bearer',
      });
      return;
    }
    if (grantType === 'refresh_token') {
      const refreshToken = single(form, 'refresh_token');
      const userPool = await services.cognito.getUserPoolForClientId(ctx, client.ClientId);
      let claims;
      try {
        claims = refreshTokenClaims(refreshToken, client.ClientId, userPool.options.Id);
      } catch {
        json(res, 400, { error: 'invalid_grant' });
        return;
      }
      // Only a stored one: RevokeToken and GlobalSignOut remove them.
      const user = await userPool.getUserByRefreshToken(ctx, refreshToken);
      if (!user || user.Enabled === false) {
        json(res, 400, { error: 'invalid_grant' });
        return;
      }
      const scopes = typeof claims.scope === 'string' ? claims.scope.split(' ') : [ADMIN_SCOPE];
      const tokens = await issueTokens(userPool, client, user, scopes, undefined);
      json(res, 200, {
        ...(scopes.includes('openid') || typeof claims.scope !== 'string'
          ? { id_token: tokens.IdToken }
          : {}),
        access_token: tokens.AccessToken,
        expires_in: lifetime(tokens.AccessToken),
        token_type: 'Bearer',
      });
      return;
    }
    json(res, 400, { error: 'unsupported_grant_type' });
  }

  async function userInfo(req, res) {
    const bearer = /^Bearer\s+(\S+)$/i.exec(String(req.headers.authorization ?? ''))?.[1];
    const challenge = (error) => ({ 'www-authenticate': `Bearer error="${error}"` });
    let found;
    try {
      found = await fromAccessToken(ctx, bearer);
    } catch {
      json(
        res,
        401,
        {
          error: 'invalid_token',
          error_description: 'Access token is missing, invalid or expired.',
        },
        challenge('invalid_token'),
      );
      return;
    }
    const scope = String(jwt.decode(bearer)?.scope ?? '').split(' ');
    if (!scope.includes('openid') && !scope.includes(ADMIN_SCOPE)) {
      json(res, 403, { error: 'insufficient_scope' }, challenge('insufficient_scope'));
      return;
    }
    const { user } = found;
    const info = {};
    for (const { Name, Value } of user.Attributes ?? []) info[Name] = Value;
    json(res, 200, { ...info, username: user.Username });
  }

  async function logout(url, res) {
    const client = await appClient(single(url.searchParams, 'client_id'));
    if (!client) {
      errorPage(res, 400, 'invalid_request', 'The client_id is no app client of this user pool.');
      return;
    }
    const logoutUri = single(url.searchParams, 'logout_uri');
    if (!logoutUri || !(client.LogoutURLs ?? []).includes(logoutUri)) {
      errorPage(
        res,
        400,
        'invalid_request',
        'The logout_uri is not one of the app client’s sign-out URLs.',
      );
      return;
    }
    redirect(res, logoutUri);
  }

  /** Answers a request to one of the domain's paths (isDomainPath). */
  async function handle(req, res) {
    const url = new URL(req.url ?? '/', 'http://local');
    const route = `${req.method} ${url.pathname}`;
    try {
      if (route === 'GET /oauth2/authorize') return await authorize(url, res);
      if (route === 'POST /oauth2/idpresponse') return await idpResponse(req, res);
      if (route === 'POST /oauth2/token') return await token(req, res);
      if (/^(GET|POST) \/oauth2\/user[Ii]nfo$/.test(route)) return await userInfo(req, res);
      if (route === 'GET /logout') return await logout(url, res);
      json(res, 404, {
        error: 'not_found',
        error_description: `${route} is no endpoint of the local user pool domain.`,
      });
    } catch (error) {
      options.logger.error(error);
      if (!res.headersSent) json(res, 500, { error: 'server_error' });
      else res.end();
    }
  }

  return {
    handle,
    get pending() {
      return { requests: requests.size, codes: codes.size };
    },
  };
}

module.exports = {
  ADMIN_SCOPE,
  DEFAULT_IDENTITIES,
  addIdentityProviderTargets,
  attributeClaims,
  createDomain,
  isDomainPath,
  requireAdminScope,
  testIdentities,
};

// Runs cognito-local in this process (working directory = its data directory) and, through its
// exported Targets map, adds the ResendConfirmationCode operation it lacks and makes
// ConfirmSignUp answer as Cognito does for an unknown or an already confirmed user.
// Started by dev/local-cognito.mjs; HOST and PORT come from the environment.
const https = require('node:https');
const path = require('node:path');

const root = path.dirname(require.resolve('cognito-local/package.json'));
const lib = (p) => require(path.join(root, 'lib', p));
const { Targets } = lib('targets/targets.js');
const { InvalidParameterError, NotAuthorizedError, UserNotFoundError } = lib('errors.js');
const { selectAppropriateDeliveryMethod } = lib('services/messageDelivery/deliveryMethod.js');
const { createDefaultServer } = lib('server/index.js');
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

const logger = pino(
  { level: process.env.DEBUG ? 'debug' : 'info' },
  pretty({
    colorize: false,
    ignore: 'pid,name,hostname',
    singleLine: true,
    messageFormat: (log, key) => `${log.target ?? ''} ${log[key]}`,
  }),
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

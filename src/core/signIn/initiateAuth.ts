import type {
  AuthenticationResultType,
  InitiateAuthRequest,
  InitiateAuthResponse,
} from '../cognitoOperations.js';
import { SignUpError, validationError } from '../errors/index.js';
import {
  type CallOptions,
  type CognitoConfig,
  callCognito,
  checkResendConfirmationCodeRequest,
  compact,
  field,
  LIMITS,
  limitProblem,
  stringOr,
} from '../wire/index.js';

export interface UserAuthInput {
  username: string;
  /** The Session ConfirmSignUp returned (or SignUp's, when it confirmed the user). Single use. */
  session: string;
  clientMetadata?: Record<string, string>;
  analyticsEndpointId?: string;
}

/**
 * Signs in with a sign-up's Session, no password (Cognito `InitiateAuth`, `USER_AUTH`): for app
 * clients that allow `ALLOW_USER_AUTH`. Answers tokens, or the challenge Cognito asks for next.
 * Rejects with a {@link SignUpError}; an expired or spent Session is a `NotAuthorizedException`.
 */
export function initiateUserAuth(
  config: CognitoConfig,
  input: UserAuthInput,
  options: CallOptions = {},
): Promise<InitiateAuthResponse> {
  return callCognito(
    config,
    {
      operation: 'InitiateAuth',
      username: input.username,
      secrets: [input.session],
      build: (extras): InitiateAuthRequest =>
        compact({
          AuthFlow: 'USER_AUTH',
          ClientId: config.clientId,
          AuthParameters: compact({ USERNAME: input.username, SECRET_HASH: extras.secretHash }),
          Session: input.session,
          AnalyticsMetadata:
            input.analyticsEndpointId === undefined
              ? undefined
              : { AnalyticsEndpointId: input.analyticsEndpointId },
          UserContextData: extras.userContextData,
          ClientMetadata: input.clientMetadata,
        }),
      check: (request) => {
        const problem = limitProblem(request.Session, LIMITS.session);
        return (
          checkResendConfirmationCodeRequest({
            ...request,
            Username: request.AuthParameters.USERNAME,
            SecretHash: request.AuthParameters.SECRET_HASH,
          }) ??
          (problem && validationError('session', problem.reason, problem.values))
        );
      },
      parse: parseInitiateAuthResponse,
    },
    options,
  );
}

function parseInitiateAuthResponse(data: unknown): InitiateAuthResponse {
  const result = field(data, 'AuthenticationResult');
  const accessToken = stringOr(field(result, 'AccessToken'));
  const idToken = stringOr(field(result, 'IdToken'));
  const challenge = stringOr(field(data, 'ChallengeName'));
  if (accessToken && idToken) {
    const expiresIn = field(result, 'ExpiresIn');
    return {
      AuthenticationResult: compact<AuthenticationResultType>({
        AccessToken: accessToken,
        IdToken: idToken,
        RefreshToken: stringOr(field(result, 'RefreshToken')),
        ExpiresIn: typeof expiresIn === 'number' ? expiresIn : undefined,
        TokenType: stringOr(field(result, 'TokenType')),
      }),
    };
  }
  if (challenge)
    return compact({ ChallengeName: challenge, Session: stringOr(field(data, 'Session')) });
  throw new SignUpError({
    code: 'InvalidResponseError',
    message:
      process.env.NODE_ENV === 'production'
        ? 'InitiateAuth'
        : 'The InitiateAuth answer has neither tokens nor a challenge.',
  });
}

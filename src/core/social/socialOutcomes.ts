/**
 * What social sign-up tells: the provider's name people read, and each outcome the user pool
 * domain sends back to the callback, in words (a `SignUpError` with its `social.error.*` key).
 */
import { SignUpError } from '../errors/index.js';
import type { SocialProvider } from './socialSignUp.types.js';

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

/** A social sign-up error: `messageKey` `social.error.<reason>`, with the provider's label. */
export function socialError(
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
export function callbackError(error: string, description: string, provider: string): SignUpError {
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

/** English messages: the reference catalog every other locale must match key for key. */
export const en = {
  'locale.code': 'en',
  'locale.dir': 'ltr',
  // 'family given' puts family_name before given_name when both are listed without an `order`.
  'locale.names': 'given family',
  'signUp.title': 'Create your account',
  'signUp.submit': 'Create account',
  'signUp.submitting': 'Creating account…',
  'signUp.haveCode': 'I already have a code',
  'confirm.title': 'Confirm your account',
  'confirm.instructions': 'We sent a code by {medium} to {destination}. Enter it below.',
  'confirm.instructionsNoDestination':
    'No code was sent from this page. If you have a code for {username}, enter it below, or send a new one.',
  'confirm.submit': 'Confirm',
  'confirm.submitting': 'Confirming…',
  'confirm.resend': 'Send a new code',
  'confirm.resendIn': 'Send a new code in {seconds} s',
  'confirm.resent': 'A new code is on its way to {destination}.',
  'confirm.startOver': 'Start over',
  'done.title': 'You are all set',
  'done.message': 'Your account is ready. You can sign in now.',
  'medium.EMAIL': 'email',
  'medium.SMS': 'text message',
  'field.optional': ' (optional)',
  'field.select.placeholder': 'Choose…',
  'field.username.label': 'Username',
  'field.password.label': 'Password',
  'field.confirmPassword.label': 'Confirm password',
  'field.code.label': 'Confirmation code',
  'field.code.hint': 'The code from the message we sent.',
  'field.address.label': 'Address',
  'field.birthdate.label': 'Date of birth',
  'field.email.label': 'Email',
  'field.family_name.label': 'Last name',
  'field.gender.label': 'Gender',
  'field.given_name.label': 'First name',
  'field.locale.label': 'Language',
  'field.middle_name.label': 'Middle name',
  'field.name.label': 'Full name',
  'field.nickname.label': 'Nickname',
  'field.phone_number.label': 'Phone number',
  'field.phone_number.hint': 'With the country code, e.g. +12015550123.',
  'field.picture.label': 'Picture URL',
  'field.preferred_username.label': 'Preferred username',
  'field.profile.label': 'Profile URL',
  'field.website.label': 'Website',
  'field.zoneinfo.label': 'Time zone',
  'password.show': 'Show password',
  'password.requirements': 'Password requirements',
  'password.rule.minLength': 'At least {min} characters',
  'password.rule.uppercase': 'An uppercase letter',
  'password.rule.lowercase': 'A lowercase letter',
  'password.rule.number': 'A number',
  'password.rule.symbol': 'A symbol',
  'password.rule.met': 'met',
  'password.rule.unmet': 'not met yet',
  'validation.required': 'This field is required.',
  'validation.consent': 'Accept this to create your account.',
  'validation.tooLong': 'Use at most {max} characters.',
  'validation.tooShort': 'Use at least {min} characters.',
  'validation.pattern': 'This value is not accepted.',
  'validation.whitespace': 'Remove the spaces at the start or end.',
  'validation.spaces': "Usernames can't contain spaces.",
  'validation.email': 'Enter an email address like name@example.com.',
  'validation.phone': 'Enter a phone number with its country code, like +12015550123.',
  'validation.date': 'Enter a date as YYYY-MM-DD.',
  'validation.url': 'Enter a web address starting with https://.',
  'validation.number': 'Enter a number.',
  'validation.min': 'Enter {min} or more.',
  'validation.max': 'Enter {max} or less.',
  'validation.passwordPolicy': 'The password does not meet every requirement.',
  'validation.mismatch': 'The passwords do not match.',
  'error.InvalidParameterException':
    'Some details were not accepted. Check the form and try again.',
  'error.verifiedContactMissing': 'We need your email address or phone number to send your code.',
  'error.UnexpectedLambdaException': 'Sign-up is unavailable right now. Try again later.',
  'error.UserLambdaValidationException': '{lambdaMessage}',
  'error.lambdaRejected': 'Your sign-up was not accepted. Check your details or try again later.',
  'error.NotAuthorizedException': 'This request is not allowed.',
  'error.InvalidPasswordException': 'This password does not meet the requirements.',
  'error.UsernameExistsException': 'An account with this username already exists.',
  'error.UsernameExistsException.email': 'An account with this email already exists.',
  'error.UsernameExistsException.phone_number': 'An account with this phone number already exists.',
  'error.TooManyRequestsException': 'Too many attempts. Wait a moment and try again.',
  'error.UsernameExistsException.unconfirmed':
    'This account is not confirmed yet. Choose “I already have a code” to confirm it, or sign up with another.',
  'error.UsernameExistsException.unconfirmedTo':
    'An account named {username} is waiting to be confirmed: its code went to {destination}. If that is your address, choose “I already have a code”; if not, sign up with another username.',
  'error.InternalErrorException': 'Something went wrong on our side. Try again.',
  'error.LimitExceededException': 'Too many attempts. Try again later.',
  'error.CodeDeliveryFailureException': 'We could not send the code. Check the address or number.',
  'error.ForbiddenException': 'This request was blocked.',
  'error.TooManyFailedAttemptsException': 'Too many wrong codes. Wait a moment and try again.',
  'error.CodeMismatchException': 'That code is not right. Check it and try again.',
  'error.ExpiredCodeException': 'That code has expired. Send a new one.',
  'error.AliasExistsException': 'This email or phone number is already used by another account.',
  'error.UserNotFoundException': 'We could not find this account.',
  'error.OperationNotEnabledException': 'Sign-up is not enabled.',
  'error.NetworkError': 'We could not reach the server. Check your connection and try again.',
  'error.TimeoutError': 'The server took too long to answer. Try again.',
  'error.AbortError': 'The request was cancelled.',
  'error.InvalidResponseError': 'The server sent an unexpected answer. Try again.',
  'error.ConfigurationError': 'Sign-up is not set up correctly.',
  'error.SignUpCancelled': '{message}',
  'error.UnknownError': 'Something went wrong. Try again.',
  'status.confirmStep': 'Check your messages for the confirmation code.',
  'status.done': 'Your account is confirmed.',
  // Plural forms of the messages with a count (see createTranslator).
  'validation.tooLong.one': 'Use at most {max} character.',
  'validation.tooShort.one': 'Use at least {min} character.',
} as const;

/** The messages that count something: they may have plural forms. */
export type CountingMessageKey =
  | 'password.rule.minLength'
  | 'validation.tooLong'
  | 'validation.tooShort'
  | 'validation.breachedWarning';
/** A plural form of a counting message: `<key>.<category>` of `Intl.PluralRules` (`other` is the key itself). */
export type PluralKey = `${CountingMessageKey}.${'zero' | 'one' | 'two' | 'few' | 'many'}`;
/** Every message key (plural forms aside). */
export type MessageKey = Exclude<keyof typeof en, PluralKey>;
/**
 * Messages of the opt-in phone support (`react-cognito-signup/phone`): their English ships with
 * it, so the default bundle carries none; every other bundled catalog translates them.
 */
export type PhoneMessageKey = 'phone.country' | 'phone.hint' | 'phone.invalid';
/** The signed-in step's keys: English ships with auto sign-in (`react-cognito-signup/sign-in`). */
export type SignedInMessageKey = 'signedIn.title' | 'signedIn.message';
/** The breached-password check's keys: English ships with `react-cognito-signup/breached-password`. */
export type BreachedMessageKey =
  | 'password.rule.breached'
  | 'validation.breached'
  | 'validation.breachedWarning'
  | 'validation.breachedUnchecked';
/** The passkey step's keys: English ships with `react-cognito-signup/passkey`. */
export type PasskeyMessageKey =
  | 'passkey.offer'
  | 'passkey.add'
  | 'passkey.skip'
  | 'passkey.continue'
  | 'passkey.registering'
  | 'passkey.registered'
  | 'passkey.error.NotAllowedError'
  | 'passkey.error.InvalidStateError'
  | 'passkey.error.LimitExceededException'
  | 'passkey.error.TooManyRequestsException'
  | 'passkey.error.NotAuthorizedException'
  | 'passkey.error.unavailable'
  | 'passkey.error.failed';
/** Social sign-up's keys: English ships with `react-cognito-signup/social`. */
export type SocialMessageKey =
  | 'social.or'
  | 'social.continueWith'
  | 'social.completing'
  | 'social.profile.title'
  | 'social.profile.message'
  | 'social.profile.submit'
  | 'social.verify.title'
  | 'social.verify.message'
  | 'social.verify.submit'
  | 'social.useForm'
  | 'social.error.Cancelled'
  | 'social.error.StateMismatch'
  | 'social.error.Expired'
  | 'social.error.AttributeNotShared'
  | 'social.error.ProviderUnavailable'
  | 'social.error.Failed';
/** The confirmation link's keys: English ships with `react-cognito-signup/link`. */
export type LinkMessageKey = 'link.incomplete';
/** A complete catalog: one string per key, and the plural forms its language needs. */
export type Messages = Record<MessageKey, string> &
  Partial<
    Record<
      | PluralKey
      | PhoneMessageKey
      | SignedInMessageKey
      | BreachedMessageKey
      | PasskeyMessageKey
      | SocialMessageKey
      | LinkMessageKey,
      string
    >
  >;

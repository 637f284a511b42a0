/** Why a value is refused; its message key is `validation.<reason>`. */
export type ValidationReason =
  | 'required'
  | 'tooLong'
  | 'tooShort'
  | 'pattern'
  | 'whitespace'
  | 'spaces'
  | 'email'
  | 'phone'
  | 'date'
  | 'url'
  | 'number'
  | 'min'
  | 'max'
  | 'passwordPolicy'
  | 'mismatch'
  /** A required consent box left unticked. */
  | 'consent'
  /** Breached-password check (`react-cognito-signup/breached-password`). */
  | 'breached'
  | 'breachedWarning'
  | 'breachedUnchecked';

/**
 * A refused value, the one shape every check returns: the reason, the values of its message's
 * placeholders (`{max}`, `{count}`), and a message key of its own where the reason's is not the
 * one to show (the phone support's "not valid for the country chosen").
 */
export interface Problem {
  reason: ValidationReason;
  values: Record<string, string | number>;
  messageKey?: string;
}

/** A problem: its reason and the values of its message's placeholders. */
export function problem(
  reason: ValidationReason,
  values: Record<string, string | number> = {},
): Problem {
  return { reason, values };
}

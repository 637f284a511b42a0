/** A user pool's password policy (the parts a browser can check). */
export interface PasswordPolicy {
  minLength: number;
  requireUppercase: boolean;
  requireLowercase: boolean;
  requireNumbers: boolean;
  requireSymbols: boolean;
}

/** Cognito's default policy: 8+ characters with upper, lower, number and symbol. */
export const DEFAULT_PASSWORD_POLICY: PasswordPolicy = {
  minLength: 8,
  requireUppercase: true,
  requireLowercase: true,
  requireNumbers: true,
  requireSymbols: true,
};

/** A policy rule, or `breached`: the breached-password check's, once the password was looked up. */
export type PasswordRule =
  | 'minLength'
  | 'uppercase'
  | 'lowercase'
  | 'number'
  | 'symbol'
  | 'breached';

/** One rule of the policy and whether the password meets it. */
export interface PasswordCheck {
  rule: PasswordRule;
  met: boolean;
  /** Translation key, e.g. `password.rule.minLength`. */
  messageKey: string;
  values: Record<string, number>;
}

// Cognito counts these as symbols, plus a space that is neither leading nor trailing.
const SYMBOLS = /[\^$*.[\]{}()?"!@#%&/\\,><':;|_~`=+-]|\S \S/;

/**
 * Each rule of `policy`, met or not by `password`, then the `extra` rules given (an extension's,
 * such as the breached-password check's); the live checklist's data.
 */
export function passwordChecks(
  password: string,
  policy: PasswordPolicy,
  extra: readonly (PasswordCheck | undefined)[] = [],
): PasswordCheck[] {
  const value = typeof password === 'string' ? password : '';
  const checks: PasswordCheck[] = [
    {
      rule: 'minLength',
      met: [...value].length >= policy.minLength,
      messageKey: 'password.rule.minLength',
      values: { min: policy.minLength },
    },
  ];
  const add = (on: boolean, rule: PasswordRule, test: RegExp) => {
    if (on)
      checks.push({ rule, met: test.test(value), messageKey: `password.rule.${rule}`, values: {} });
  };
  add(policy.requireUppercase, 'uppercase', /[A-Z]/);
  add(policy.requireLowercase, 'lowercase', /[a-z]/);
  add(policy.requireNumbers, 'number', /[0-9]/);
  add(policy.requireSymbols, 'symbol', SYMBOLS);
  for (const check of extra) if (check) checks.push(check);
  return checks;
}

/** The policy with Cognito's defaults for what `partial` leaves out. */
export function resolvePasswordPolicy(
  partial: Partial<PasswordPolicy> | undefined,
): PasswordPolicy {
  return { ...DEFAULT_PASSWORD_POLICY, ...partial };
}

const given = new Set<string>();

/**
 * A development message, given once per page (`console.warn`, or `console.error`). Call it
 * inside `process.env.NODE_ENV !== 'production'` checks, so production builds drop it.
 */
export function warnOnce(text: string, level: 'warn' | 'error' = 'warn'): void {
  if (given.has(text)) return;
  given.add(text);
  console[level](`react-cognito-signup: ${text}`);
}

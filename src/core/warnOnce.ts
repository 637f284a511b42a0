const given = new Set<string>();

/** A development warning, given once per page. Call it inside `process.env.NODE_ENV !== 'production'` checks. */
export function warnOnce(text: string): void {
  if (given.has(text)) return;
  given.add(text);
  console.warn(`react-cognito-signup: ${text}`);
}

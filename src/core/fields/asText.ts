/** The text of a form value: a string as it is, nothing as `''`, anything else as `String()` gives it. */
export function asText(value: unknown): string {
  return typeof value === 'string'
    ? value
    : value === undefined || value === null
      ? ''
      : String(value);
}

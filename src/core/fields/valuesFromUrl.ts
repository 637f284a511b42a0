import type { FormValues } from './fieldModel.js';

/** Options of {@link valuesFromUrl}. */
export interface ValuesFromUrlOptions {
  /** The address to read (default: this page's). */
  href?: string;
  /** Where the values are: the query (default) or the fragment. */
  in?: 'query' | 'fragment';
}

/**
 * Form values from an invitation link (`/signup?email=ana%40example.com&invite=…`): only the
 * parameters allowed, each once (the first), others ignored. `allow` names the fields whose
 * parameter has their name (`['email', 'invite']`), or maps fields to parameters (`{ username:
 * 'email' }`, where the email is the username). Give them to `defaultValues`: the form checks
 * prefilled values as typed ones when it mounts, and shows what is wrong on their field.
 *
 * ```ts
 * const defaultValues = valuesFromUrl(['email', 'invite']);
 * ```
 */
export function valuesFromUrl(
  allow: readonly string[] | Readonly<Record<string, string>>,
  options: ValuesFromUrlOptions = {},
): FormValues {
  const href = options.href ?? globalThis.location?.href;
  if (!href) return {};
  const url = new URL(href);
  const params = new URLSearchParams(options.in === 'fragment' ? url.hash.slice(1) : url.search);
  const fields: Array<[string, string]> = Array.isArray(allow)
    ? allow.map((name) => [name, name])
    : Object.entries(allow);
  const values: FormValues = {};
  for (const [field, param] of fields) {
    const value = params.get(param);
    if (value !== null) values[field] = value;
  }
  return values;
}

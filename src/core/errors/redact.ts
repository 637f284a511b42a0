/** The shortest run of a secret's start that is scrubbed where a longer secret was cut short. */
const MIN_PREFIX = 6;

/** A JWT (an access or ID token): three base64url parts joined by dots. */
const JWT = /^[\w-]+\.[\w-]+\.[\w-]+$/;
/** A JWT's part at least this long is a secret of its own: an echo may carry it without the rest. */
const MIN_JWT_PART = 20;

/**
 * The secret, and for a JWT also each of its parts of 20 characters or more and the token's
 * base64 and base64url encodings: the altered echoes a server or a Lambda may send back.
 */
function secretForms(secret: string): string[] {
  if (!JWT.test(secret)) return [secret];
  const base64 = btoa(secret);
  const base64url = base64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  const parts = secret.split('.').filter((part) => part.length >= MIN_JWT_PART);
  return [secret, base64, base64url, ...parts];
}

/** The forms a secret takes when a server or a Lambda echoes it: raw, URL-, form-, JSON- and HTML-encoded. */
function encodings(secret: string): string[] {
  let url = secret;
  try {
    url = encodeURIComponent(secret);
  } catch {
    // A lone surrogate cannot be URL-encoded, so it cannot be echoed that way either.
  }
  const html = secret.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );
  return [secret, url, url.replace(/%20/g, '+'), JSON.stringify(secret).slice(1, -1), html];
}

/** Length of the run of `form` (case-insensitively) at `text[at]`. */
function runAt(text: string, at: number, form: string): number {
  let n = 0;
  for (; n < form.length && at + n < text.length; n++) {
    const a = text[at + n] as string;
    const b = form[n] as string;
    if (a !== b && a.toLowerCase() !== b.toLowerCase()) break;
  }
  return n;
}

/**
 * `text` with every trace of each secret replaced by `***`: the secret in any case and in
 * its URL-, form-, JSON- and HTML-encoded forms, and any run of its start of at least six
 * characters (a message cut short mid-secret). A JWT is also scrubbed by each part of 20
 * characters or more and by its base64 and base64url encodings. The result never contains a
 * secret.
 */
export function redact(text: string, secrets: ReadonlyArray<string | undefined>): string {
  const forms = secrets.flatMap((secret) => (secret ? secretForms(secret).flatMap(encodings) : []));
  if (!forms.length) return text;
  // Where a trace can start: the first character of a form, in either case.
  const starts = new Set(forms.flatMap((f) => [f[0]?.toLowerCase(), f[0]?.toUpperCase()]));
  let out = '';
  for (let at = 0; at < text.length; ) {
    let longest = 0;
    if (starts.has(text[at])) {
      for (const form of forms) {
        const run = runAt(text, at, form);
        if (run >= Math.min(form.length, MIN_PREFIX) && run > longest) longest = run;
      }
    }
    if (longest) {
      if (!out.endsWith('***')) out += '***';
      at += longest;
    } else {
      out += text[at];
      at++;
    }
  }
  return out;
}

import { useState } from 'react';
import type { BeforeSignUpResult } from '../src/index.ts';

/**
 * A stand-in for a CAPTCHA widget (Turnstile, reCAPTCHA, hCaptcha): ticking the box issues a
 * token the local PreSignUp trigger verifies (dev/trigger-server.mjs, `verifyStandInCaptcha`).
 * A real widget renders here instead and hands you its token the same way.
 */
export function useBotCheck() {
  const [token, setToken] = useState<string>();
  const widget = (
    <label className="demo-captcha">
      <input
        type="checkbox"
        checked={token !== undefined}
        onChange={(e) => setToken(e.target.checked ? `local-captcha.${Date.now()}` : undefined)}
      />{' '}
      I am not a robot <small>(stand-in CAPTCHA)</small>
    </label>
  );
  // The README's recipe: the token goes as ValidationData for the pre sign-up trigger to verify.
  const beforeSignUp = (): BeforeSignUpResult =>
    token
      ? { validationData: { captchaToken: token } }
      : { cancel: 'Tick “I am not a robot” first.' };
  return { widget, beforeSignUp };
}

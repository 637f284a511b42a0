import { forwardRef, type HTMLAttributes, useEffect, useRef } from 'react';
import { composeRefs } from '../mergeProps.js';
import { usePasskey } from '../usePasskey.js';
import { classNames, useSignUpContext } from './context.js';

/**
 * The passkey step inside `<SignUp>` / `<SignUpProvider>`: "Add a passkey" / "Not now", what
 * the device's prompt is doing, and every failure in words; nothing without an offer. Once the
 * step ends (added, or "Not now") focus returns to the step's title; "Passkey added" is said by
 * the live region the step rendered from the start.
 */
export const PasskeyPrompt = forwardRef<HTMLDivElement, HTMLAttributes<HTMLDivElement>>(
  function PasskeyPrompt({ className, ...rest }, ref) {
    const { t, signedIn } = useSignUpContext();
    const passkey = usePasskey(signedIn?.passkey);
    const root = useRef<HTMLDivElement>(null);
    const status = passkey?.status;
    const ended = status === 'registered' || status === 'skipped';
    useEffect(() => {
      // Focus was on a button that is gone: it goes where the person reads on.
      if (ended)
        root.current?.closest('.rcs')?.querySelector<HTMLElement>('[data-rcs-title]')?.focus();
    }, [ended]);
    if (!passkey) return null;
    const { error, registerPasskey, skipPasskey } = passkey;
    const registering = status === 'registering';
    // A prompt the person closed (or let time out) is no failure: said neutrally, offered again.
    const cancelled = error?.code === 'NotAllowedError';
    return (
      <div
        {...rest}
        ref={composeRefs(root, ref)}
        className={classNames('rcs-passkey', className)}
        data-status={status}
      >
        {/* Rendered (empty) from the start, so that each change is heard. */}
        <p
          role="status"
          className={
            registering || cancelled
              ? 'rcs-notice'
              : status === 'registered'
                ? undefined
                : 'rcs-visually-hidden'
          }
          data-code={cancelled ? error.code : undefined}
        >
          {registering
            ? t('passkey.registering')
            : cancelled
              ? t(error.messageKey)
              : status === 'registered'
                ? t('passkey.registered')
                : ''}
        </p>
        {!ended && (
          <>
            {status !== 'failed' && (
              <p className="rcs-passkey-offer">
                <PasskeyIcon />
                {t('passkey.offer')}
              </p>
            )}
            {error && !cancelled && (
              <p className="rcs-error" role="alert" data-code={error.code}>
                {t(error.messageKey)}
              </p>
            )}
            <div className="rcs-actions">
              {status !== 'failed' && (
                <button
                  type="button"
                  className="rcs-submit"
                  aria-disabled={registering || undefined}
                  onClick={() => {
                    void registerPasskey();
                  }}
                >
                  {t('passkey.add')}
                </button>
              )}
              <button type="button" className="rcs-link" onClick={skipPasskey}>
                {t(status === 'failed' ? 'passkey.continue' : 'passkey.skip')}
              </button>
            </div>
          </>
        )}
      </div>
    );
  },
);

/** A person and a key: the passkey's mark, for the eye only. */
function PasskeyIcon() {
  return (
    <svg
      className="rcs-passkey-icon"
      viewBox="0 0 24 24"
      aria-hidden="true"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <circle cx="9" cy="7.5" r="3.5" />
      <path d="M2.5 20c0-3.6 2.9-6 6.5-6 1.3 0 2.5.3 3.5.9" />
      <circle cx="17.5" cy="11.5" r="2.5" />
      <path d="M17.5 14v6.5m0-3h1.8m-1.8 2.2h1.3" />
    </svg>
  );
}

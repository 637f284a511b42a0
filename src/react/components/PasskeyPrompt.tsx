import { forwardRef, type HTMLAttributes, useEffect, useRef } from 'react';
import { composeRefs } from '../mergeProps.js';
import { usePasskey } from '../usePasskey.js';
import { classNames, useSignUpContext } from './context.js';

/**
 * The passkey step inside `<SignUp>` / `<SignUpProvider>`: "Add a passkey" / "Not now", what
 * the device's prompt is doing, and every failure in words; nothing without an offer. After
 * "Not now" focus returns to the step's title; after a passkey is added, to the message.
 */
export const PasskeyPrompt = forwardRef<HTMLDivElement, HTMLAttributes<HTMLDivElement>>(
  function PasskeyPrompt({ className, ...rest }, ref) {
    const { t, signedIn } = useSignUpContext();
    const passkey = usePasskey(signedIn?.passkey);
    const root = useRef<HTMLDivElement>(null);
    const status = passkey?.status;
    const ended = status === 'registered' || status === 'skipped';
    useEffect(() => {
      const box = root.current;
      if (!ended || !box) return;
      // Focus was on a button that is gone: it goes where the person reads on.
      const target =
        status === 'registered'
          ? box
          : box.closest('[data-rcs]')?.querySelector<HTMLElement>('[data-rcs-title]');
      target?.focus();
    }, [ended, status]);
    if (!passkey) return null;
    const { error, registerPasskey, skipPasskey } = passkey;
    const registering = status === 'registering';
    return (
      <div
        {...rest}
        ref={composeRefs(root, ref)}
        className={classNames('rcs-passkey', className)}
        data-status={status}
        tabIndex={-1}
      >
        {status === 'registered' && <p role="status">{t('passkey.registered')}</p>}
        {!ended && (
          <>
            {status !== 'failed' && <p>{t('passkey.offer')}</p>}
            {error && (
              <p className="rcs-error" role="alert" data-code={error.code}>
                {t(error.messageKey)}
              </p>
            )}
            <p role="status" className={registering ? undefined : 'rcs-visually-hidden'}>
              {registering ? t('passkey.registering') : ''}
            </p>
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

import {
  type ButtonHTMLAttributes,
  type FormHTMLAttributes,
  forwardRef,
  type HTMLAttributes,
  type ReactNode,
} from 'react';
import { chain } from '../mergeProps.js';
import { classNames, useSignUpContext } from './context.js';
import { Submit } from './elementParts.js';
import { Field } from './Field.js';

/**
 * "We sent a code by email to a***@e***": medium and (masked) destination, translated. After
 * a resend it says that a new code is on its way (visibly, not only to screen readers).
 * State attribute: `data-resent`.
 */
export const ConfirmInstructions = forwardRef<
  HTMLParagraphElement,
  HTMLAttributes<HTMLParagraphElement>
>(function ConfirmInstructions({ className, ...rest }, ref) {
  const { codeDeliveryDetails: details, notice, t, username, announcement } = useSignUpContext();
  const resent = notice?.key === 'confirm.resent' && details?.Destination;
  // After a resend, what the live region says: a new code is on its way to … .
  const text = resent
    ? announcement
    : details?.Destination && details.DeliveryMedium
      ? t('confirm.instructions', {
          medium: t(`medium.${details.DeliveryMedium}`),
          destination: details.Destination,
        })
      : t('confirm.instructionsNoDestination', { username });
  return (
    <p
      {...rest}
      ref={ref}
      className={classNames('rcs-instructions', className)}
      data-resent={resent ? '' : undefined}
    >
      {text}
    </p>
  );
});

/**
 * Requests a new code; `aria-disabled` with a countdown during the cooldown (it keeps focus).
 * Its accessible name stays "Send a new code": the ticking is for the eye only, and `<Status>`
 * says once when it is available. State: `data-cooldown`, `data-disabled`.
 */
export const ResendButton = forwardRef<HTMLButtonElement, ButtonHTMLAttributes<HTMLButtonElement>>(
  function ResendButton({ className, children, onClick, ...rest }, ref) {
    const signUp = useSignUpContext();
    const wait = signUp.resendAvailableIn;
    const disabled = wait > 0 || signUp.status === 'submitting';
    return (
      <button
        type="button"
        {...rest}
        ref={ref}
        className={classNames('rcs-resend', className)}
        // aria-disabled, not disabled: focus stays on the button while it waits (a disabled
        // button drops focus to <body>), and screen readers still announce it as unavailable.
        aria-disabled={disabled || undefined}
        data-disabled={disabled || undefined}
        data-cooldown={wait > 0 || undefined}
        // The flow sends nothing during the cooldown or while a request runs.
        onClick={chain(onClick, () => void signUp.resend())}
      >
        {/* The name from this text, not aria-label: a name that differs from what is seen is flagged. */}
        <span className="rcs-visually-hidden">{signUp.t('confirm.resend')}</span>
        <span aria-hidden="true">
          {children ?? signUp.t(wait ? 'confirm.resendIn' : 'confirm.resend', { seconds: wait })}
        </span>
      </button>
    );
  },
);

/** Abandons the pending confirmation and returns to the sign-up form. */
export const StartOverButton = forwardRef<
  HTMLButtonElement,
  ButtonHTMLAttributes<HTMLButtonElement>
>(function StartOverButton({ className, children, onClick, ...rest }, ref) {
  const signUp = useSignUpContext();
  return (
    <button
      type="button"
      {...rest}
      ref={ref}
      className={classNames('rcs-link', className)}
      onClick={chain(onClick, signUp.reset)}
    >
      {children ?? signUp.t('confirm.startOver')}
    </button>
  );
});

export interface ConfirmSignUpFormProps
  extends Omit<FormHTMLAttributes<HTMLFormElement>, 'children'> {
  children?: ReactNode;
  submit?: ReactNode;
}

/** The confirm step's form: instructions, the code, resend, submit. Renders only on that step. */
export const ConfirmSignUpForm = forwardRef<HTMLFormElement, ConfirmSignUpFormProps>(
  function ConfirmSignUpForm({ className, children, submit, ...rest }, ref) {
    const signUp = useSignUpContext();
    if (signUp.step !== 'confirm') return null;
    return (
      <form
        {...signUp.getFormProps(rest)}
        ref={ref}
        className={classNames('rcs-form', className)}
        data-step="confirm"
      >
        {children ?? (
          <>
            <ConfirmInstructions />
            <Field name="code" />
            {submit ?? <Submit />}
            <div className="rcs-actions">
              <ResendButton />
              <StartOverButton />
            </div>
          </>
        )}
      </form>
    );
  },
);

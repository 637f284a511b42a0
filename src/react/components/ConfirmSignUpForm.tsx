import type { ButtonHTMLAttributes, FormHTMLAttributes, HTMLAttributes, ReactNode } from 'react';
import { chain, cx, useSignUpContext } from './context.js';
import { Field, Submit } from './parts.js';

/** "We sent a code by email to a***@e***": medium and (masked) destination, translated. */
export function ConfirmInstructions({ className, ...rest }: HTMLAttributes<HTMLParagraphElement>) {
  const { codeDeliveryDetails: details, t } = useSignUpContext('ConfirmInstructions');
  const text =
    details?.Destination && details.DeliveryMedium
      ? t('confirm.instructions', {
          medium: t(`medium.${details.DeliveryMedium}`),
          destination: details.Destination,
        })
      : t('confirm.instructionsNoDestination');
  return (
    <p {...rest} className={cx('rcs-instructions', className)}>
      {text}
    </p>
  );
}

/** Requests a new code; disabled with a countdown during the cooldown. State: `data-cooldown`, `data-disabled`. */
export function ResendButton({
  className,
  children,
  onClick,
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement>) {
  const signUp = useSignUpContext('ResendButton');
  const wait = signUp.resendAvailableIn;
  const disabled = wait > 0 || signUp.status === 'submitting';
  return (
    <button
      type="button"
      {...rest}
      className={cx('rcs-resend', className)}
      disabled={disabled}
      data-disabled={disabled || undefined}
      data-cooldown={wait > 0 || undefined}
      onClick={chain(onClick, () => void signUp.resend())}
    >
      {children ??
        (wait > 0 ? signUp.t('confirm.resendIn', { seconds: wait }) : signUp.t('confirm.resend'))}
    </button>
  );
}

/** Abandons the pending confirmation and returns to the sign-up form. */
export function StartOverButton({
  className,
  children,
  onClick,
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement>) {
  const signUp = useSignUpContext('StartOverButton');
  return (
    <button
      type="button"
      {...rest}
      className={cx('rcs-link', className)}
      onClick={chain(onClick, signUp.reset)}
    >
      {children ?? signUp.t('confirm.startOver')}
    </button>
  );
}

export interface ConfirmSignUpFormProps
  extends Omit<FormHTMLAttributes<HTMLFormElement>, 'children'> {
  children?: ReactNode;
  submit?: ReactNode;
}

/** The confirm step's form: instructions, the code, resend, submit. Renders only on that step. */
export function ConfirmSignUpForm({
  className,
  children,
  submit,
  ...rest
}: ConfirmSignUpFormProps) {
  const signUp = useSignUpContext('ConfirmSignUpForm');
  if (signUp.step !== 'confirm') return null;
  return (
    <form {...signUp.getFormProps(rest)} className={cx('rcs-form', className)} data-step="confirm">
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
}

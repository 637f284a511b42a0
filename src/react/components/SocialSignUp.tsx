import { type FormEvent, type ReactNode, useEffect, useId, useRef } from 'react';
import { useForm } from 'react-hook-form';
import { CODE_FIELD } from '../../core/controller/index.js';
import type { FormField, FormValues } from '../../core/fields/index.js';
import type { SignedIn } from '../../core/flow/index.js';
import { claimsOf } from '../../core/signIn/index.js';
import { fieldProps } from '../fieldProps.js';
import type { SocialViewProps, UseSignUpOptions } from '../useSignUp.types.js';
import { useSocialSignUp } from '../useSocialSignUp.js';
import { FieldContext, useSignUpContext } from './context.js';
import { DefaultFieldBody } from './Field.js';

/**
 * Social sign-up around `<SignUp>`'s card: "Continue with …" buttons and an "or" divider above
 * the sign-up form; on the callback route, the sign-up finishing, the profile to complete, a code
 * to verify, and the signed-in step, each in place of the form. Errors are said above the
 * buttons, and the form stays: no outcome is a dead end.
 */
export function SocialSignUpView({ options, headingLevel, header, children }: SocialViewProps) {
  const signUp = useSignUpContext();
  const { t } = signUp;
  const social = useSocialSignUp(
    options.social as NonNullable<UseSignUpOptions['social']>,
    options,
  );
  const { status, error, provider = '' } = social;
  const Heading = `h${headingLevel}` as 'h2';
  const box = useRef<HTMLDivElement>(null);
  // Each step of its own takes focus at its title, as the form's steps do.
  useEffect(() => {
    if (status !== 'idle' && status !== 'redirecting')
      box.current?.querySelector<HTMLElement>('[data-rcs-title]')?.focus();
  }, [status]);

  // Boxed as the card's form error (its classes), with the gap a form error has.
  const alert = error && (
    <div className="rcs-status rcs-social-error" data-tone="error">
      <div role="alert" data-code={error.code}>
        {t(error.messageKey, {
          ...error.values,
          provider,
          attribute: attributeWords(t, String(error.values?.attribute ?? '')),
        })}
      </div>
    </div>
  );
  const title = (key: string) => (
    <Heading className="rcs-title" tabIndex={-1} data-rcs-title="">
      {t(key)}
    </Heading>
  );

  if (status === 'completing') {
    return (
      <div ref={box} className="rcs-social-step" data-status={status}>
        {title('signUp.title')}
        <p className="rcs-status" role="status">
          {t('social.completing', { provider })}
        </p>
      </div>
    );
  }
  if (status === 'profile' || status === 'verifying') {
    return (
      <div ref={box} className="rcs-social-step" data-status={status}>
        {title(status === 'profile' ? 'social.profile.title' : 'social.verify.title')}
        <p>
          {status === 'profile'
            ? t('social.profile.message', { provider })
            : t('social.verify.message', { destination: social.destination ?? '' })}
        </p>
        {alert}
        <ProfileForm
          fields={status === 'profile' ? social.fields : CODE}
          submitLabel={t(status === 'profile' ? 'social.profile.submit' : 'social.verify.submit')}
          onSubmit={(values) =>
            status === 'profile'
              ? social.submitProfile(values)
              : social.verify(String(values.code ?? '')).then(() => undefined)
          }
        />
        <button type="button" className="rcs-link" onClick={social.reset}>
          {t('social.useForm')}
        </button>
      </div>
    );
  }
  if (status === 'signedIn') {
    const { signedIn } = social;
    return (
      <div ref={box} className="rcs-done" data-step="signedIn">
        {title('signedIn.title')}
        <p>{t('signedIn.message', { username: displayName(signedIn) })}</p>
        {signedIn?.passkey?.view as ReactNode}
      </div>
    );
  }
  return (
    <>
      {header}
      {alert}
      {signUp.step === 'signUp' && (
        <>
          <div className="rcs-social" data-status={status}>
            {social.providers.map(({ name, label }) => (
              <button
                key={name}
                type="button"
                className="rcs-social-button"
                data-provider={name}
                aria-disabled={status === 'redirecting' || undefined}
                onClick={() => status === 'idle' && social.startSocialSignUp(name)}
              >
                {t('social.continueWith', { provider: label })}
              </button>
            ))}
          </div>
          <p className="rcs-divider" aria-hidden="true">
            <span>{t('social.or')}</span>
          </p>
        </>
      )}
      {children}
    </>
  );
}

/** The code field of a verification (the confirm step's). */
const CODE: FormField[] = [CODE_FIELD];

/**
 * The name a person knows themselves by: the email or name the provider shared, not the
 * federated username Cognito made (`Google_1178…`).
 */
function displayName(signedIn: SignedIn | undefined): string {
  if (!signedIn) return '';
  const claims = claimsOf(signedIn.tokens.idToken);
  const shared = claims?.email ?? claims?.name;
  return typeof shared === 'string' ? shared : signedIn.username;
}

/** The words of an attribute in a sentence: its field label, lower case where the language has case. */
function attributeWords(t: (key: string) => string, attribute: string): string {
  const key = `field.${attribute}.label`;
  const label = t(key);
  return label === key ? attribute : label.toLocaleLowerCase(t('locale.code'));
}

/** The fields of a profile (or a code), drawn as the form's fields are, on react-hook-form. */
function ProfileForm({
  fields,
  submitLabel,
  onSubmit,
}: {
  fields: FormField[];
  submitLabel: string;
  onSubmit: (values: FormValues) => Promise<Record<string, { reason: string }> | undefined>;
}) {
  const { t } = useSignUpContext();
  const baseId = useId();
  const form = useForm<FormValues>();
  const { errors, isSubmitting } = form.formState;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void form.handleSubmit(async (values) => {
      const problems = await onSubmit(values);
      for (const [name, { reason }] of Object.entries(problems ?? {})) {
        form.setError(name, { type: reason, message: t(`validation.${reason}`) });
      }
    })();
  };
  return (
    <form className="rcs-form" method="dialog" noValidate onSubmit={submit}>
      {fields.map((field) => {
        const props = fieldProps({
          field,
          register: form.register,
          error: errors[field.name] as { type?: string; message?: string } | undefined,
          baseId,
          t,
          usernameMode: 'username',
          busy: isSubmitting,
        });
        return (
          <FieldContext.Provider key={field.name} value={props}>
            <div
              className="rcs-field"
              data-invalid={props.invalid || undefined}
              data-required={props.required || undefined}
              data-kind={field.kind}
            >
              <DefaultFieldBody />
            </div>
          </FieldContext.Provider>
        );
      })}
      <button
        type="submit"
        className="rcs-submit"
        aria-disabled={isSubmitting || undefined}
        data-status={isSubmitting ? 'submitting' : undefined}
      >
        {submitLabel}
      </button>
    </form>
  );
}

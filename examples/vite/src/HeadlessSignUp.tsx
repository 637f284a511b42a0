import { type FieldInput, useSignUp } from 'react-cognito-signup';
import { cognito } from './config.ts';

const FIELDS: FieldInput[] = [
  { name: 'email', required: true },
  'phone_number',
  {
    name: 'custom:plan',
    label: 'Plan',
    kind: 'select',
    required: true,
    options: [
      { value: 'free', label: 'Free' },
      { value: 'pro', label: 'Pro' },
    ],
  },
  {
    name: 'terms',
    label: 'I accept the terms',
    kind: 'checkbox',
    destination: 'validationData',
    required: true,
  },
];

/** The same flow with markup of its own, from the hook alone. */
export function HeadlessSignUp() {
  const s = useSignUp({ ...cognito, fields: FIELDS });

  if (s.step === 'done') {
    return (
      <section aria-labelledby="headless-done">
        <h2 id="headless-done">Welcome, {s.username}!</h2>
        <p>{s.announcement}</p>
      </section>
    );
  }

  return (
    <form {...s.getFormProps()} aria-labelledby="headless-title">
      <h2 id="headless-title">{s.step === 'signUp' ? 'Create an account' : 'Enter your code'}</h2>
      {s.fields.map((field) => {
        const f = s.getFieldProps(field.name);
        return (
          <div key={field.name} className="field">
            {field.kind === 'checkbox' ? (
              <>
                <input {...f.inputProps} />
                {/* biome-ignore lint/a11y/noLabelWithoutControl: htmlFor comes from labelProps */}
                <label {...f.labelProps}>{f.label}</label>
              </>
            ) : (
              <>
                {/* biome-ignore lint/a11y/noLabelWithoutControl: htmlFor comes from labelProps */}
                <label {...f.labelProps}>
                  {f.label}
                  {field.kind === 'phone' && ' (with the country code, e.g. +12015550123)'}
                </label>
                <br />
                {field.kind === 'select' ? (
                  <select {...f.inputProps}>
                    <option value="">Choose…</option>
                    {field.options?.map((option) => (
                      <option key={option.value} value={option.value}>
                        {option.label ?? option.value}
                      </option>
                    ))}
                  </select>
                ) : (
                  <input {...f.inputProps} />
                )}
              </>
            )}
            {field.name === 'password' && (
              <ul {...f.hintProps}>
                {s.passwordChecks.map((check) => (
                  <li key={check.rule}>
                    {check.met ? '✓' : '○'} {s.t(check.messageKey, check.values)}
                  </li>
                ))}
              </ul>
            )}
            {f.error && (
              <strong {...f.errorProps} role="alert">
                {f.error}
              </strong>
            )}
          </div>
        );
      })}
      <p role="status">{s.formError ?? s.announcement}</p>
      <button {...s.getSubmitProps()}>{s.step === 'signUp' ? 'Sign up' : 'Confirm'}</button>{' '}
      {s.step === 'signUp' ? (
        <button type="button" onClick={() => void s.startConfirmation()}>
          I already have a code
        </button>
      ) : (
        <>
          <button type="button" onClick={() => void s.resend()} disabled={s.resendAvailableIn > 0}>
            {s.resendAvailableIn > 0 ? `Resend in ${s.resendAvailableIn} s` : 'Resend the code'}
          </button>{' '}
          <button type="button" onClick={s.reset}>
            Start over
          </button>
        </>
      )}
    </form>
  );
}

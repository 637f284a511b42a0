import { type UseSignUpOptions, useSignUp } from '../../src/react/useSignUp.ts';

/** A form built from the hook alone, with plain markup: what a headless user writes. */
export function PlainForm(props: UseSignUpOptions) {
  const s = useSignUp(props);
  if (s.step === 'done') return <p>Done: {s.username}</p>;
  return (
    <form {...s.getFormProps()} aria-label={s.step === 'signUp' ? 'Sign up' : 'Confirm'}>
      {s.fields.map((field) => {
        const f = s.getFieldProps(field.name);
        return (
          <div key={field.name}>
            {/* biome-ignore lint/a11y/noLabelWithoutControl: htmlFor comes from labelProps */}
            <label {...f.labelProps}>{f.label}</label>
            {field.kind === 'select' ? (
              <select {...(f.inputProps as object)}>
                <option value="">—</option>
                {field.options?.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label ?? o.value}
                  </option>
                ))}
              </select>
            ) : (
              <input {...f.inputProps} />
            )}
            {f.hint && <p {...f.hintProps}>{f.hint}</p>}
            {field.name === 'password' && (
              <ul {...f.hintProps}>
                {s.passwordChecks.map((c) => (
                  <li key={c.rule} data-met={c.met}>
                    {s.t(c.messageKey, c.values)}
                  </li>
                ))}
              </ul>
            )}
            {f.error && <p {...f.errorProps}>{f.error}</p>}
          </div>
        );
      })}
      <div role="status">{s.formError ?? s.announcement}</div>
      {s.step === 'confirm' && (
        <button type="button" onClick={() => void s.resend()} disabled={s.resendAvailableIn > 0}>
          {s.resendAvailableIn > 0 ? `Resend in ${s.resendAvailableIn}` : 'Resend'}
        </button>
      )}
      <button {...s.getSubmitProps()}>{s.step === 'signUp' ? 'Sign up' : 'Confirm'}</button>
    </form>
  );
}

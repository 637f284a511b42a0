// (f) A page using only useSignUp with plain markup.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { useSignUp } from '../../src/index.ts';
import { benchConfig } from './config.ts';

function Plain() {
  const s = useSignUp({ ...benchConfig, fields: ['email'] });
  if (s.step === 'done') return <p>Done</p>;
  return (
    <form {...s.getFormProps()}>
      {s.fields.map((field) => {
        const f = s.getFieldProps(field.name);
        return (
          <p key={field.name}>
            {/* biome-ignore lint/a11y/noLabelWithoutControl: htmlFor comes from labelProps */}
            <label {...f.labelProps}>{f.label}</label>
            <input {...f.inputProps} />
            {f.error && <span {...f.errorProps}>{f.error}</span>}
          </p>
        );
      })}
      <p role="status">{s.formError ?? s.announcement}</p>
      <button {...s.getSubmitProps()}>{s.step === 'signUp' ? 'Sign up' : 'Confirm'}</button>
    </form>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <main>
      <h1>Hello</h1>
      <Plain />
    </main>
  </StrictMode>,
);

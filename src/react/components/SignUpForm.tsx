import { type FormHTMLAttributes, Fragment, type ReactNode } from 'react';
import type { FieldProps } from '../fieldProps.js';
import { cx, useSignUpContext } from './context.js';
import { Field, Submit } from './parts.js';

/** Renders one field; `defaultField` is what would render without you. */
export type RenderField = (field: FieldProps, defaultField: ReactNode) => ReactNode;

export interface SignUpFormProps extends Omit<FormHTMLAttributes<HTMLFormElement>, 'children'> {
  /** Your own layout of parts; the configured fields and a submit button when left out. */
  children?: ReactNode;
  /** Replaces how each field renders, where composing parts is not enough. */
  renderField?: RenderField;
  /** Replaces the submit button. */
  submit?: ReactNode;
}

/** The sign-up step's form (`method="post"`, so a submit before hydration never puts the password in a URL). Renders only on that step. */
export function SignUpForm({ className, children, renderField, submit, ...rest }: SignUpFormProps) {
  const signUp = useSignUpContext('SignUpForm');
  if (signUp.step !== 'signUp') return null;
  return (
    <form {...signUp.getFormProps(rest)} className={cx('rcs-form', className)} data-step="signUp">
      {children ?? (
        <>
          {signUp.fields.map((field) => {
            const defaultField = <Field key={field.name} name={field.name} />;
            return renderField ? (
              <Fragment key={field.name}>
                {renderField(signUp.getFieldProps(field.name), defaultField)}
              </Fragment>
            ) : (
              defaultField
            );
          })}
          {submit ?? <Submit />}
        </>
      )}
    </form>
  );
}

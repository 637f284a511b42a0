import {
  type ButtonHTMLAttributes,
  type FormHTMLAttributes,
  Fragment,
  forwardRef,
  type ReactNode,
} from 'react';
import type { FieldProps } from '../fieldProps.js';
import { chain } from '../mergeProps.js';
import { classNames, useSignUpContext } from './context.js';
import { Submit } from './elementParts.js';
import { Field } from './Field.js';

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

/**
 * "I already have a code": to the confirm step for the username typed above, to finish an
 * account left unconfirmed.
 */
export const HaveCodeButton = forwardRef<
  HTMLButtonElement,
  ButtonHTMLAttributes<HTMLButtonElement>
>(function HaveCodeButton({ className, children, onClick, ...rest }, ref) {
  const signUp = useSignUpContext();
  return (
    <button
      type="button"
      {...rest}
      ref={ref}
      className={classNames('rcs-link', className)}
      onClick={chain(onClick, () => void signUp.startConfirmation())}
    >
      {children ?? signUp.t('signUp.haveCode')}
    </button>
  );
});

/**
 * The sign-up step's form (`method="dialog"`: a native submission, before hydration or
 * without JavaScript, posts nothing). Renders only on that step.
 */
export const SignUpForm = forwardRef<HTMLFormElement, SignUpFormProps>(function SignUpForm(
  { className, children, renderField, submit, ...rest },
  ref,
) {
  const signUp = useSignUpContext();
  if (signUp.step !== 'signUp') return null;
  return (
    <form
      {...signUp.getFormProps(rest)}
      ref={ref}
      className={classNames('rcs-form', className)}
      data-step="signUp"
    >
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
          <div className="rcs-actions">
            <HaveCodeButton />
          </div>
        </>
      )}
    </form>
  );
});

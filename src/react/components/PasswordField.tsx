import {
  forwardRef,
  type HTMLAttributes,
  type InputHTMLAttributes,
  useEffect,
  useState,
} from 'react';
import { watchPassword } from '../watchPassword.js';
import { classNames, useDescribingPart, useFieldContext, useSignUpContext } from './context.js';
import { Input } from './elementParts.js';

/**
 * The password `<input>` with a show/hide toggle: a real button whose state is announced
 * through `aria-pressed`. State attribute: `data-visible`.
 */
export const PasswordInput = forwardRef<HTMLInputElement, InputHTMLAttributes<HTMLInputElement>>(
  function PasswordInput(props, ref) {
    const { inputProps } = useFieldContext();
    const { t } = useSignUpContext();
    const [visible, setVisible] = useState(false);
    return (
      <div className="rcs-password" data-visible={visible || undefined}>
        <Input {...props} ref={ref} type={visible ? 'text' : 'password'} />
        <button
          type="button"
          className="rcs-password-toggle"
          aria-pressed={visible}
          aria-controls={inputProps.id}
          onClick={() => setVisible((v) => !v)}
        >
          {t('password.show')}
        </button>
      </div>
    );
  },
);

/**
 * The password policy as a live checklist, shown before and while typing. It subscribes to
 * the password alone, so typing re-renders only the field and this list.
 * State attribute on each item: `data-met`.
 */
export const PasswordChecklist = forwardRef<HTMLUListElement, HTMLAttributes<HTMLUListElement>>(
  function PasswordChecklist({ className, ...rest }, ref) {
    const signUp = useSignUpContext();
    const field = useFieldContext();
    useDescribingPart(field, 'hint', true);
    const { form } = signUp;
    // Same value, no render: other fields' keystrokes do not re-render the list.
    const [password, setPassword] = useState(() => String(form.getValues('password') ?? ''));
    useEffect(() => watchPassword(form, setPassword), [form]);
    const checks = signUp.passwordChecksFor(password);
    return (
      <ul
        {...field.hintProps}
        aria-label={signUp.t('password.requirements')}
        {...rest}
        ref={ref}
        className={classNames('rcs-checklist', className)}
      >
        {checks.map((check) => (
          <li key={check.rule} data-met={check.met} className="rcs-check">
            {signUp.t(check.messageKey, check.values)}
            <span className="rcs-visually-hidden">
              {' '}
              ({signUp.t(check.met ? 'password.rule.met' : 'password.rule.unmet')})
            </span>
          </li>
        ))}
      </ul>
    );
  },
);

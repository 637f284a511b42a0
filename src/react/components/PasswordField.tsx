import {
  forwardRef,
  type HTMLAttributes,
  type InputHTMLAttributes,
  useEffect,
  useState,
} from 'react';
import type { PasswordCheck } from '../../core/fields/index.js';
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
 * the password alone and re-renders only when a rule turns met or unmet: other keystrokes and
 * other fields re-render nothing here. The field is
 * described by the rules not met yet: a hidden text kept current, which screen readers read when
 * the field is entered or a failed submit focuses it, never as a live region (not on each
 * keystroke). State attribute on each item: `data-met`.
 */
export const PasswordChecklist = forwardRef<HTMLUListElement, HTMLAttributes<HTMLUListElement>>(
  function PasswordChecklist({ className, ...rest }, ref) {
    const signUp = useSignUpContext();
    const field = useFieldContext();
    useDescribingPart(field, 'hint', true);
    const { form, passwordChecksFor } = signUp;
    // The state is the rules' verdicts, not the password: a keystroke that changes none of them
    // (most do not) re-renders nothing, and other fields' keystrokes never reach the list.
    const [, setVerdicts] = useState('');
    useEffect(
      () =>
        watchPassword(form, (password) =>
          setVerdicts(
            passwordChecksFor(password)
              .map((check) => check.met)
              .join(),
          ),
        ),
      [form, passwordChecksFor],
    );
    const checks = passwordChecksFor(String(form.getValues('password') ?? ''));
    const text = (check: PasswordCheck) => signUp.t(check.messageKey, check.values);
    return (
      <>
        <ul
          aria-label={signUp.t('password.requirements')}
          {...rest}
          ref={ref}
          className={classNames('rcs-checklist', className)}
        >
          {checks.map((check) => (
            <li key={check.rule} data-met={check.met} className="rcs-check">
              {text(check)}
              <span className="rcs-visually-hidden">
                {' '}
                ({signUp.t(check.met ? 'password.rule.met' : 'password.rule.unmet')})
              </span>
            </li>
          ))}
        </ul>
        {/*
          The field's description: the rules not met yet, read when the field is entered and when
          a failed submit focuses it (hidden: read through aria-describedby, never as a live region).
        */}
        <span {...field.hintProps} hidden>
          {checks
            .filter((check) => !check.met)
            .map(text)
            .join('. ')}
        </span>
      </>
    );
  },
);

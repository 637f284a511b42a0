import {
  type ButtonHTMLAttributes,
  type HTMLAttributes,
  type InputHTMLAttributes,
  type LabelHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  useCallback,
  useMemo,
  useState,
} from 'react';
import {
  chain,
  cx,
  type DescribingPart,
  FieldContext,
  type FieldContextValue,
  useDescribingPart,
  useFieldContext,
  useSignUpContext,
} from './context.js';
import { PasswordChecklist, PasswordInput } from './PasswordField.js';
import { PhoneInput } from './PhoneField.js';

export interface FieldPartProps extends HTMLAttributes<HTMLDivElement> {
  /** The field's name (`username`, `email`, `custom:plan`, `code`, …). */
  name: string;
  /** The field's parts; the default layout for its kind when left out. */
  children?: ReactNode;
}

/**
 * One field: a wrapper `<div>` that provides the field to `<Label>`, `<Input>`, `<Hint>`,
 * `<ErrorMessage>`. State attributes: `data-invalid`, `data-required`, `data-kind`.
 */
export function Field({ name, className, children, ...rest }: FieldPartProps) {
  const signUp = useSignUpContext('Field');
  const field = signUp.getFieldProps(name);
  // aria-describedby names exactly the hint and error parts that are rendered inside.
  const [parts, setParts] = useState<Record<DescribingPart, number>>({ hint: 0, error: 0 });
  const registerPart = useCallback((part: DescribingPart) => {
    setParts((p) => ({ ...p, [part]: p[part] + 1 }));
    return () => setParts((p) => ({ ...p, [part]: p[part] - 1 }));
  }, []);
  const describedBy =
    [parts.hint ? field.hintProps.id : undefined, parts.error ? field.errorProps.id : undefined]
      .filter(Boolean)
      .join(' ') || undefined;
  const value = useMemo<FieldContextValue>(
    () => ({
      ...field,
      inputProps: { ...field.inputProps, 'aria-describedby': describedBy },
      registerPart,
    }),
    [field, describedBy, registerPart],
  );
  return (
    <FieldContext.Provider value={value}>
      <div
        {...rest}
        className={cx('rcs-field', className)}
        data-invalid={field.invalid || undefined}
        data-required={field.required || undefined}
        data-kind={field.field.kind}
      >
        {children ?? <DefaultFieldBody />}
      </div>
    </FieldContext.Provider>
  );
}

/** The parts of a field in the usual order for its kind. */
export function DefaultFieldBody() {
  const { field } = useFieldContext('DefaultFieldBody');
  if (field.kind === 'checkbox') {
    return (
      <>
        <div className="rcs-checkbox">
          <Input />
          <Label />
        </div>
        <Hint />
        <ErrorMessage />
      </>
    );
  }
  return (
    <>
      <Label />
      {field.kind === 'select' ? (
        <Select />
      ) : field.kind === 'password' ? (
        <PasswordInput />
      ) : field.kind === 'phone' ? (
        <PhoneInput />
      ) : (
        <Input />
      )}
      {field.destination === 'password' ? <PasswordChecklist /> : <Hint />}
      <ErrorMessage />
    </>
  );
}

/** The field's `<label>`; marks optional fields. */
export function Label({ className, children, ...rest }: LabelHTMLAttributes<HTMLLabelElement>) {
  const field = useFieldContext('Label');
  const { t } = useSignUpContext('Label');
  return (
    // biome-ignore lint/a11y/noLabelWithoutControl: htmlFor comes from labelProps
    <label {...field.labelProps} {...rest} className={cx('rcs-label', className)}>
      {children ?? field.label}
      {!field.required && field.field.kind !== 'checkbox' && (
        <span className="rcs-optional"> ({t('field.optional')})</span>
      )}
    </label>
  );
}

/** The field's `<input>`, wired to the form; your props and handlers are merged in. */
export function Input({
  className,
  onChange,
  onBlur,
  ...rest
}: InputHTMLAttributes<HTMLInputElement>) {
  const { inputProps, invalid } = useFieldContext('Input');
  return (
    <input
      {...inputProps}
      {...rest}
      className={cx('rcs-input', className)}
      data-invalid={invalid || undefined}
      onChange={chain(onChange, inputProps.onChange)}
      onBlur={chain(onBlur, inputProps.onBlur)}
    />
  );
}

/** The field's `<select>` with its options (labels from `option.<field>.<value>` messages). */
export function Select({
  className,
  onChange,
  onBlur,
  ...rest
}: SelectHTMLAttributes<HTMLSelectElement>) {
  const { inputProps, invalid, field } = useFieldContext('Select');
  const { t } = useSignUpContext('Select');
  const { type: _type, inputMode: _inputMode, ...selectProps } = inputProps;
  const labelOf = (value: string, fallback?: string) => {
    const key = `option.${field.name}.${value}`;
    const text = t(key);
    return text === key ? (fallback ?? value) : text;
  };
  return (
    <select
      {...(selectProps as SelectHTMLAttributes<HTMLSelectElement>)}
      ref={inputProps.ref}
      {...rest}
      className={cx('rcs-input', 'rcs-select', className)}
      data-invalid={invalid || undefined}
      onChange={chain(
        onChange,
        inputProps.onChange as SelectHTMLAttributes<HTMLSelectElement>['onChange'],
      )}
      onBlur={chain(onBlur, inputProps.onBlur as SelectHTMLAttributes<HTMLSelectElement>['onBlur'])}
    >
      <option value="">{t('field.select.placeholder')}</option>
      {field.options?.map((option) => (
        <option key={option.value} value={option.value}>
          {labelOf(option.value, option.label)}
        </option>
      ))}
    </select>
  );
}

/** The field's hint, when it has one. */
export function Hint({ className, children, ...rest }: HTMLAttributes<HTMLParagraphElement>) {
  const field = useFieldContext('Hint');
  const rendered = Boolean(field.hint || children);
  useDescribingPart(field, 'hint', rendered);
  if (!rendered) return null;
  return (
    <p {...field.hintProps} {...rest} className={cx('rcs-hint', className)}>
      {children ?? field.hint}
    </p>
  );
}

/** The field's error message, while it is invalid. Rendered as text, never as HTML. */
export function ErrorMessage({
  className,
  children,
  ...rest
}: HTMLAttributes<HTMLParagraphElement>) {
  const field = useFieldContext('ErrorMessage');
  useDescribingPart(field, 'error', Boolean(field.error));
  if (!field.error) return null;
  return (
    <p {...field.errorProps} {...rest} className={cx('rcs-error', className)}>
      {children ?? field.error}
    </p>
  );
}

/** The current step's submit button; `data-status` carries the flow's status. */
export function Submit({ className, children, ...rest }: ButtonHTMLAttributes<HTMLButtonElement>) {
  const signUp = useSignUpContext('Submit');
  const submitting = signUp.status === 'submitting';
  const label =
    signUp.step === 'confirm'
      ? signUp.t(submitting ? 'confirm.submitting' : 'confirm.submit')
      : signUp.t(submitting ? 'signUp.submitting' : 'signUp.submit');
  return (
    <button {...signUp.getSubmitProps(rest)} className={cx('rcs-submit', className)}>
      {children ?? label}
    </button>
  );
}

/**
 * The live region: form-level errors (including a Lambda's message, as text) and step
 * changes are announced here. Render it once, outside the step forms.
 */
export function Status({ className, children, ...rest }: HTMLAttributes<HTMLDivElement>) {
  const signUp = useSignUpContext('Status');
  const message = signUp.formError ?? signUp.announcement;
  return (
    <div
      role="status"
      aria-live="polite"
      aria-atomic="true"
      {...rest}
      className={cx('rcs-status', className)}
      data-status={signUp.status}
      data-tone={signUp.formError ? 'error' : message ? 'info' : undefined}
    >
      {children ?? message}
    </div>
  );
}

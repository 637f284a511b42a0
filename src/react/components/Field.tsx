import {
  forwardRef,
  type HTMLAttributes,
  type ReactNode,
  useCallback,
  useMemo,
  useState,
} from 'react';
import { warnOnce } from '../../core/errors/index.js';
import {
  classNames,
  type DescribingPart,
  FieldContext,
  type FieldContextValue,
  useFieldContext,
  useSignUpContext,
} from './context.js';
import { ErrorMessage, Hint, Input, Label, Select } from './elementParts.js';
import { PasswordChecklist, PasswordInput } from './PasswordField.js';

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
export const Field = forwardRef<HTMLDivElement, FieldPartProps>(function Field(
  { name, className, children, ...rest },
  ref,
) {
  const signUp = useSignUpContext();
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
        ref={ref}
        className={classNames('rcs-field', className)}
        data-invalid={field.invalid || undefined}
        data-required={field.required || undefined}
        data-kind={field.field.kind}
        hidden={field.field.kind === 'hidden' || undefined}
      >
        {children ?? <DefaultFieldBody />}
      </div>
    </FieldContext.Provider>
  );
});

/** The parts of a field in the usual order for its kind. */
export function DefaultFieldBody() {
  const { field } = useFieldContext();
  const { phone } = useSignUpContext();
  if (process.env.NODE_ENV !== 'production' && field.kind === 'phone' && !phone) {
    warnOnce(
      'a phone field without phone support takes E.164 numbers only (+12015550123). For a country picker and national numbers: import { phone } from "react-cognito-signup/phone" and pass phone={phone}.',
    );
  }
  // With phone support, its own layout: country list, number, hint and error in its words.
  if (field.kind === 'phone' && phone) return <phone.FieldBody />;
  if (field.kind === 'hidden') return <Input />;
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
      ) : (
        <Input />
      )}
      {field.destination === 'password' ? (
        // The error first, beside the input: the checklist below it may be five lines long.
        <>
          <ErrorMessage />
          <PasswordChecklist />
        </>
      ) : (
        <>
          <Hint />
          <ErrorMessage />
        </>
      )}
    </>
  );
}

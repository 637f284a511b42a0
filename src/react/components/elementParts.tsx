/** The parts that render one element each (Radix-style): Label, Input, Select, Hint, ErrorMessage, Submit, Status. */
import {
  type ButtonHTMLAttributes,
  forwardRef,
  type HTMLAttributes,
  type InputHTMLAttributes,
  type LabelHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
} from 'react';
import type { FormField } from '../../core/fields/index.js';
import { localizedText } from '../../core/messages/index.js';
import { chain, composeRefs } from '../mergeProps.js';
import { classNames, useDescribingPart, useFieldContext, useSignUpContext } from './context.js';

/** The field's `<label>`; marks optional fields. */
export const Label = forwardRef<HTMLLabelElement, LabelHTMLAttributes<HTMLLabelElement>>(
  function Label({ className, children, ...rest }, ref) {
    const field = useFieldContext();
    const { t } = useSignUpContext();
    return (
      // biome-ignore lint/a11y/noLabelWithoutControl: htmlFor comes from labelProps
      <label
        {...field.labelProps}
        {...rest}
        ref={ref}
        className={classNames('rcs-label', className)}
      >
        {children ?? withLinks(field.label, field.field.links, t('locale.code'))}
        {!field.required && field.field.kind !== 'checkbox' && (
          <span className="rcs-optional">{t('field.optional')}</span>
        )}
      </label>
    );
  },
);

/** The field's `<input>`, wired to the form; your props and handlers are merged in. */
export const Input = forwardRef<HTMLInputElement, InputHTMLAttributes<HTMLInputElement>>(
  function Input({ className, onChange, onBlur, ...rest }, ref) {
    const { inputProps, invalid } = useFieldContext();
    return (
      <input
        {...inputProps}
        {...rest}
        ref={ref ? composeRefs(inputProps.ref, ref) : inputProps.ref}
        className={classNames('rcs-input', className)}
        data-invalid={invalid || undefined}
        onChange={chain(onChange, inputProps.onChange)}
        onBlur={chain(onBlur, inputProps.onBlur)}
      />
    );
  },
);

/** The field's `<select>` with its options (labels from `option.<field>.<value>` messages). */
export const Select = forwardRef<HTMLSelectElement, SelectHTMLAttributes<HTMLSelectElement>>(
  function Select({ className, onChange, onBlur, ...rest }, ref) {
    const { inputProps, invalid, field } = useFieldContext();
    const { t } = useSignUpContext();
    const { type: _type, inputMode: _inputMode, ...selectProps } = inputProps;
    const labelOf = (value: string, fallback?: string) => {
      const key = `option.${field.name}.${value}`;
      const text = t(key);
      return text === key ? (fallback ?? value) : text;
    };
    return (
      <select
        {...selectProps}
        {...rest}
        ref={ref ? composeRefs(inputProps.ref, ref) : inputProps.ref}
        className={classNames('rcs-input', 'rcs-select', className)}
        data-invalid={invalid || undefined}
        onChange={chain(onChange, inputProps.onChange)}
        onBlur={chain(onBlur, inputProps.onBlur)}
      >
        <option value="">{t('field.select.placeholder')}</option>
        {field.options?.map((option) => (
          <option key={option.value} value={option.value}>
            {labelOf(option.value, option.label)}
          </option>
        ))}
      </select>
    );
  },
);

/** The field's hint, when it has one. */
export const Hint = forwardRef<HTMLParagraphElement, HTMLAttributes<HTMLParagraphElement>>(
  function Hint({ className, children, ...rest }, ref) {
    const field = useFieldContext();
    const rendered = Boolean(field.hint || children);
    useDescribingPart(field, 'hint', rendered);
    if (!rendered) return null;
    return (
      <p {...field.hintProps} {...rest} ref={ref} className={classNames('rcs-hint', className)}>
        {children ?? field.hint}
      </p>
    );
  },
);

/** The field's error message, while it is invalid. Rendered as text, never as HTML. */
export const ErrorMessage = forwardRef<HTMLParagraphElement, HTMLAttributes<HTMLParagraphElement>>(
  function ErrorMessage({ className, children, ...rest }, ref) {
    const field = useFieldContext();
    useDescribingPart(field, 'error', Boolean(field.error));
    if (!field.error) return null;
    return (
      <p {...field.errorProps} {...rest} ref={ref} className={classNames('rcs-error', className)}>
        {children ?? field.error}
      </p>
    );
  },
);

/** The current step's submit button; `data-status` carries the flow's status. */
export const Submit = forwardRef<HTMLButtonElement, ButtonHTMLAttributes<HTMLButtonElement>>(
  function Submit({ className, children, ...rest }, ref) {
    const signUp = useSignUpContext();
    return (
      <button
        {...signUp.getSubmitProps(rest)}
        ref={ref}
        className={classNames('rcs-submit', className)}
      >
        {/* The step's own words: `signUp.submit`, `confirm.submitting`, … */}
        {children ??
          signUp.t(`${signUp.step}.${signUp.status === 'submitting' ? 'submitting' : 'submit'}`)}
      </button>
    );
  },
);

/**
 * The live regions, rendered (empty) from the first render so that screen readers hear each
 * change: `role="alert"` for what stops the person (a form-level error, a Lambda's message as
 * text; a wrong code, whose field keeps focus), `role="status"` for step changes, a resend and
 * what a field was found to have once left. Render it once, outside the step forms. It shows
 * only a form-level error (`data-tone="error"`): the rest is on the page already.
 */
export const Status = forwardRef<HTMLDivElement, HTMLAttributes<HTMLDivElement>>(function Status(
  { className, children, ...rest },
  ref,
) {
  const signUp = useSignUpContext();
  const { formError } = signUp;
  return (
    <div
      {...rest}
      ref={ref}
      className={classNames('rcs-status', className)}
      data-status={signUp.status}
      data-tone={formError ? 'error' : undefined}
    >
      <div role="alert">
        {/* The code's error too: its field keeps focus (Enter), so it is said here. The confirm
            form is emptied, errors and all, whenever its step is left. */}
        {children ?? formError ?? signUp.confirmForm.formState.errors.code?.message}
      </div>
      <div role="status" className="rcs-visually-hidden">
        {/* Step changes, a resend, a cooldown that ran out: each said once. */}
        {signUp.announcement}
      </div>
    </div>
  );
});

/**
 * `text` with its `{placeholders}` drawn as the links of `links` (React elements, never an
 * HTML string); a link whose address is not `http(s):` or a same-site path stays text.
 */
function withLinks(text: string, links: FormField['links'], locale: string): ReactNode {
  if (!links) return text;
  return text.split(/\{(\w+)\}/).map((part, index) => {
    const link = index % 2 ? links[part] : undefined;
    if (!link || !/^(https?:\/\/|\/(?!\/))/i.test(link.href)) return part;
    return (
      <a key={part} href={link.href} target="_blank" rel="noreferrer">
        {localizedText(link.label, locale)}
      </a>
    );
  });
}

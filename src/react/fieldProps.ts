import type {
  HTMLAttributes,
  InputHTMLAttributes,
  LabelHTMLAttributes,
  Ref,
  SelectHTMLAttributes,
} from 'react';
import type { UseFormRegister } from 'react-hook-form';
import type { FormField, FormValues, UsernameMode } from '../core/fields/index.js';
import type { MessageValues, Translate } from '../core/messages/index.js';
import { localizedText } from '../core/messages/index.js';
import { chain, composeRefs } from './mergeProps.js';

/**
 * A field error as react-hook-form stores it: `type` is the validation reason or the error
 * code, `message` the translated text to show.
 */
export interface StoredFieldError {
  type?: string;
  message?: string;
}

/** Props of yours for a field's input: merged in, handlers chained, refs composed. */
export type InputPropsIn = InputHTMLAttributes<HTMLInputElement> & {
  ref?: Ref<HTMLInputElement> | Ref<HTMLSelectElement>;
};

/** Everything needed to render one field accessibly. */
export interface FieldProps {
  field: FormField;
  /** Translated label text. */
  label: string;
  /** Translated hint, if the field has one. */
  hint: string | undefined;
  /** Translated error message while the field is invalid. */
  error: string | undefined;
  /** The stored error (key and placeholders), for custom rendering. */
  fieldError: StoredFieldError | undefined;
  invalid: boolean;
  required: boolean;
  labelProps: LabelHTMLAttributes<HTMLLabelElement> & { id: string; htmlFor: string };
  /**
   * For the field's `<input>`, or its `<select>` (select fields): typed for both, so
   * `<select {...inputProps}>` needs no cast.
   */
  inputProps: InputHTMLAttributes<HTMLInputElement> &
    SelectHTMLAttributes<HTMLSelectElement> & {
      id: string;
      name: string;
      ref: Ref<HTMLInputElement & HTMLSelectElement>;
    };
  hintProps: HTMLAttributes<HTMLElement> & { id: string };
  errorProps: HTMLAttributes<HTMLElement> & { id: string };
}

/** The `<input type>` for a field kind (a select renders no input). */
function inputType(kind: FormField['kind']): string | undefined {
  return kind === 'phone' ? 'tel' : kind === 'code' ? 'text' : kind === 'select' ? undefined : kind;
}

function humanize(name: string): string {
  const bare = name
    .replace(/^custom:/, '')
    .replace(/[_-]+/g, ' ')
    .trim();
  return bare.charAt(0).toUpperCase() + bare.slice(1);
}

/** The translation of `key`, or `undefined` when no catalog has it. */
function lookup(t: Translate, key: string, values?: MessageValues): string | undefined {
  const text = t(key, values);
  return text === key ? undefined : text;
}

export function fieldLabel(field: FormField, t: Translate, usernameMode: UsernameMode): string {
  if (field.label) return localizedText(field.label, t('locale.code')) as string;
  if (field.name === 'username' && usernameMode !== 'username') {
    // The username is this attribute: it has the attribute's label.
    return t(`field.${usernameMode}.label`);
  }
  return lookup(t, `field.${field.name}.label`) ?? humanize(field.name);
}

export function fieldHint(
  field: FormField,
  t: Translate,
  usernameMode: UsernameMode,
): string | undefined {
  if (field.hint) return localizedText(field.hint, t('locale.code'));
  if (field.name === 'username' && usernameMode === 'phone_number')
    return t('field.phone_number.hint');
  return lookup(t, `field.${field.name}.hint`);
}

function safeId(name: string): string {
  return name.replace(/[^\w-]/g, '-');
}

/** Builds {@link FieldProps}; `aria-describedby` names the hint and error only while they exist. */
export function fieldProps({
  field,
  register,
  error,
  baseId,
  t,
  usernameMode,
  busy,
  props = {},
}: {
  field: FormField;
  register: UseFormRegister<FormValues>;
  error: StoredFieldError | undefined;
  baseId: string;
  t: Translate;
  usernameMode: UsernameMode;
  /** A request runs: what was typed stays as sent (read-only), still focusable and readable. */
  busy?: boolean;
  props?: InputPropsIn;
}): FieldProps {
  const id = `${baseId}-${safeId(field.name)}`;
  const hint = fieldHint(field, t, usernameMode);
  // The password's hint is its requirements checklist.
  const hasHint = hint !== undefined || field.name === 'password';
  const invalid = error !== undefined;
  const describedBy = [hasHint ? `${id}-hint` : undefined, invalid ? `${id}-error` : undefined]
    .filter(Boolean)
    .join(' ');
  const registered = register(field.name);
  return {
    field,
    label: fieldLabel(field, t, usernameMode),
    hint,
    error: error ? error.message || t('validation.pattern') : undefined,
    fieldError: error,
    invalid,
    required: field.required,
    labelProps: { id: `${id}-label`, htmlFor: id },
    inputProps: {
      ...registered,
      id,
      type: inputType(field.kind),
      autoComplete: field.autoComplete,
      readOnly: busy || field.readOnly,
      'aria-readonly': field.readOnly || undefined,
      required: field.required,
      placeholder: localizedText(field.placeholder, t('locale.code')),
      min: field.min,
      max: field.max,
      // A phone field's type="tel" brings its keypad already.
      inputMode: field.kind === 'code' ? 'numeric' : field.kind === 'email' ? 'email' : undefined,
      spellCheck:
        field.kind === 'text' || field.kind === 'code' || field.kind === 'email'
          ? false
          : undefined,
      autoCapitalize:
        field.destination === 'username' || field.kind === 'code' || field.kind === 'email'
          ? 'none'
          : undefined,
      // Said even when false: a required select or checkbox is otherwise exposed as invalid on load.
      'aria-invalid': invalid,
      'aria-describedby': describedBy || undefined,
      ...props,
      onChange: chain(props.onChange, registered.onChange as InputPropsIn['onChange']),
      onBlur: chain(props.onBlur, registered.onBlur as InputPropsIn['onBlur']),
      ref: props.ref
        ? composeRefs(registered.ref, props.ref as Ref<HTMLInputElement & HTMLSelectElement>)
        : registered.ref,
      // Typed for a <select> too: react-hook-form's handlers read `event.target`, whichever it is.
    } as FieldProps['inputProps'],
    hintProps: { id: `${id}-hint` },
    errorProps: { id: `${id}-error` },
  };
}

import { createContext, useContext } from 'react';
import type { FieldProps } from '../fieldProps.js';
import { useIsomorphicLayoutEffect } from '../useIsomorphicLayoutEffect.js';
import type { UseSignUpReturn } from '../useSignUp.js';

/** The running flow, for the parts below `<SignUp>` or `<SignUpProvider>`. */
export const SignUpContext = createContext<UseSignUpReturn | null>(null);

/** A part that an input's `aria-describedby` points to while it is rendered. */
export type DescribingPart = 'hint' | 'error';

/** The field a part belongs to, for the parts inside `<Field>`. */
export interface FieldContextValue extends FieldProps {
  /** Announces that a describing part is rendered; returns the undo. */
  registerPart?: (part: DescribingPart) => () => void;
}

export const FieldContext = createContext<FieldContextValue | null>(null);

/** Registers `part` with its field while `rendered`, so the input is described by it. */
export function useDescribingPart(
  field: FieldContextValue,
  part: DescribingPart,
  rendered: boolean,
): void {
  const { registerPart } = field;
  useIsomorphicLayoutEffect(
    () => (rendered && registerPart ? registerPart(part) : undefined),
    [registerPart, part, rendered],
  );
}

/**
 * The flow from context, for parts of your own; `part` names your part in the error when there
 * is none (React's component stack names the kit's own).
 */
export function useSignUpContext(part?: string): UseSignUpReturn {
  const value = useContext(SignUpContext);
  if (!value)
    throw new Error(
      process.env.NODE_ENV === 'production'
        ? 'SignUpContext'
        : `${part ?? 'A react-cognito-signup part'} must be inside <SignUp> or <SignUpProvider> (the component stack names it).`,
    );
  return value;
}

/** The field from context, for parts of your own; `part` names your part in the error. */
export function useFieldContext(part?: string): FieldContextValue {
  const value = useContext(FieldContext);
  if (!value)
    throw new Error(
      process.env.NODE_ENV === 'production'
        ? 'FieldContext'
        : `${part ?? 'A react-cognito-signup part'} must be inside <Field name="…"> (the component stack names it).`,
    );
  return value;
}

/** Joins class names, skipping empty ones. */
export function classNames(...names: Array<string | false | undefined>): string {
  return names.filter(Boolean).join(' ');
}

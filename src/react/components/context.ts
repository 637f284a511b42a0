import { createContext, useContext } from 'react';
import type { FieldProps } from '../fieldProps.ts';
import type { UseSignUpReturn } from '../useSignUp.ts';

/** The running flow, for the parts below `<SignUp>` or `<SignUpProvider>`. */
export const SignUpContext = createContext<UseSignUpReturn | null>(null);

/** The field a part belongs to, for the parts inside `<Field>`. */
export const FieldContext = createContext<FieldProps | null>(null);

/** The flow from context; `part` names the caller in the error when there is none. */
export function useSignUpContext(part: string): UseSignUpReturn {
  const value = useContext(SignUpContext);
  if (!value) throw new Error(`<${part}> must be inside <SignUp> or <SignUpProvider>.`);
  return value;
}

/** The field from context. */
export function useFieldContext(part: string): FieldProps {
  const value = useContext(FieldContext);
  if (!value) throw new Error(`<${part}> must be inside <Field name="…">.`);
  return value;
}

/** Joins class names, skipping empty ones. */
export function cx(...names: Array<string | false | undefined>): string {
  return names.filter(Boolean).join(' ');
}

/** Runs the user's handler first; ours only if the user did not call `preventDefault()`. */
export function chain<E extends { defaultPrevented: boolean }>(
  theirs: ((event: E) => void) | undefined,
  ours: ((event: E) => void) | undefined,
): ((event: E) => void) | undefined {
  if (!theirs) return ours;
  if (!ours) return theirs;
  return (event) => {
    theirs(event);
    if (!event.defaultPrevented) ours(event);
  };
}

import type { UseFormReturn } from 'react-hook-form';
import type { FormValues } from '../core/fields/index.js';

/** Calls `callback` with the password on each change of it alone; returns the unsubscribe. */
export function watchPassword(
  form: UseFormReturn<FormValues>,
  callback: (password: string) => void,
): () => void {
  return form.subscribe({
    name: 'password',
    exact: true,
    formState: { values: true },
    callback: ({ values }) => callback(String(values.password ?? '')),
  });
}

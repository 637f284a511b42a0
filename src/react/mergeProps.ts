import type { Ref, RefCallback } from 'react';

/** Runs the caller's handler first; ours only if the caller did not call `preventDefault()`. */
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

/** One ref callback that sets every given ref (callback or object). */
export function composeRefs<T>(...refs: Array<Ref<T> | undefined>): RefCallback<T> {
  return (node) => {
    for (const ref of refs) {
      if (typeof ref === 'function') ref(node);
      else if (ref) (ref as { current: T | null }).current = node;
    }
  };
}

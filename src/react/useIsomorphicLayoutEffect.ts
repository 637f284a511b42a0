import { useEffect, useLayoutEffect } from 'react';

/** `useLayoutEffect` in browsers, `useEffect` on the server (where layout effects warn). */
export const useIsomorphicLayoutEffect =
  typeof window === 'undefined' ? useEffect : useLayoutEffect;

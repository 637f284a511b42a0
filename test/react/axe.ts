import axe from 'axe-core';
import { expect } from 'vitest';

/**
 * Runs axe-core on `container` and fails with the violations listed. jsdom cannot compute
 * colours, so `color-contrast` is left to the browser tests.
 */
export async function expectNoAxeViolations(container: Element): Promise<void> {
  const results = await axe.run(container, {
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary).toEqual([]);
}

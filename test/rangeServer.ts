import { afterAll, afterEach, beforeAll } from 'vitest';
import { BREACHED_PASSWORDS, type RangeServer, startRangeServer } from '../dev/range-server.mjs';

/** A password the local range server reports as breached (1,234,567 times). */
export const BREACHED = 'Password1!';
if (!(BREACHED in BREACHED_PASSWORDS)) throw new Error(`${BREACHED} is not in BREACHED_PASSWORDS`);

/**
 * The local range server for one test file: started before its tests, closed after them, its
 * fault switched off and its recorded requests cleared after each test. Call at the top level.
 */
export function rangeServerPerFile(): () => RangeServer {
  let range: RangeServer | undefined;
  beforeAll(async () => {
    range = await startRangeServer();
  });
  afterAll(() => range?.close());
  afterEach(() => {
    range?.setFault(null);
    if (range) range.requests.length = 0;
  });
  return () => {
    if (!range) throw new Error('the range server starts before the tests');
    return range;
  };
}

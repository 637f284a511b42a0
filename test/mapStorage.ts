import type { ICognitoStorage } from 'amazon-cognito-identity-js';

/** Storage as amazon-cognito-identity-js wants it, kept in a Map a test can read. */
export class MapStorage implements ICognitoStorage {
  readonly items = new Map<string, string>();
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  clear() {
    this.items.clear();
  }
}

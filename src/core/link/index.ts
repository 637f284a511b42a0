/**
 * Confirmation by link, back in the app: the link read and removed from the address, the
 * sign-up's Session handed over by the tab that signed up, the account confirmed.
 */

export type {
  ConfirmationLink,
  ConfirmationLinkOptions,
  LinkFollower,
  LinkReading,
} from './confirmationLink.js';
export {
  confirmationLink,
  LINK_MESSAGES,
  readConfirmationLink,
  withoutConfirmationLink,
} from './confirmationLink.js';

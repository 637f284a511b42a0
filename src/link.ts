/**
 * Confirmation by link, back in the app (`react-cognito-signup/link`): with a CustomMessage
 * trigger that puts a link to the app into the message (`createConfirmationLinkMessage` from
 * `react-cognito-signup/server`), the page the link opens confirms the account, signed in when
 * it is the browser that signed up.
 *
 * ```tsx
 * const link = confirmationLink();
 * <SignUp userPoolId={…} clientId={…} link={link} />
 * ```
 */
export {
  type ConfirmationLink,
  type ConfirmationLinkOptions,
  confirmationLink,
  LINK_MESSAGES,
  type LinkFollower,
  type LinkReading,
  readConfirmationLink,
  withoutConfirmationLink,
} from './core/flow/index.js';

import { WelcomeHeading } from './welcome-heading';

/**
 * Where the sign-up page navigates once the account is confirmed. Nothing from the URL is
 * shown: a link to /welcome?… would otherwise put anyone's text under this app's name.
 */
export default function WelcomePage() {
  return <WelcomeHeading />;
}

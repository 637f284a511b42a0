import type { ReactNode } from 'react';

/**
 * The page an app moves on to after sign-in (`onSignedIn` navigates, `<SignUp handOff>`): loaded
 * lazily, as a route is, so the sign-up card waits on screen, busy, until it is ready.
 */
export default function AccountPage({
  onBack,
  children,
}: {
  onBack: () => void;
  children: ReactNode;
}) {
  return (
    <section className="demo-account" aria-labelledby="account-title">
      <h2 id="account-title">Your account</h2>
      <p>
        The app's own page, reached from <code>onSignedIn</code>: the card never said “Welcome”
        before it.
      </p>
      {children}
      <button type="button" className="demo-link" onClick={onBack}>
        Back to sign-up
      </button>
    </section>
  );
}

import Link from 'next/link';
import { DarkModeToggle } from './dark-mode-toggle';

/** The app's header: client-side links (the App Router keeps a left page in <Activity>). */
export function Nav() {
  return (
    <nav className="mb-4 flex items-center gap-4 text-sm">
      <Link href="/" className="underline">
        Sign up
      </Link>
      {/* Not prefetched: a prefetch made while signed out holds the proxy's redirect to /, and
          the router would follow it after sign-in too. */}
      <Link href="/account" prefetch={false} className="underline">
        Account
      </Link>
      <DarkModeToggle />
    </nav>
  );
}

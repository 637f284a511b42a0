import 'react-cognito-signup/styles.css';
import { StrictMode, useState } from 'react';
import { SignUp } from 'react-cognito-signup';
import { autoSignIn, getCurrentSession } from 'react-cognito-signup/sign-in';
import { createRoot } from 'react-dom/client';
import { cognito } from './config.ts';
import { HeadlessSignUp } from './HeadlessSignUp.tsx';
import { OwnPoolSignUp } from './OwnPool.tsx';

// Ends signed in: the session is cached where amazon-cognito-identity-js's getCurrentUser() finds it.
const signIn = autoSignIn();

type Page = 'component' | 'headless' | 'own-pool';
const PAGES: Page[] = ['component', 'headless', 'own-pool'];

function App() {
  const [page, setPage] = useState<Page>(
    PAGES.find((name) => location.hash === `#${name}`) ?? 'component',
  );
  // Read back as the rest of the app would: the session amazon-cognito-identity-js cached.
  const [session, setSession] = useState<string>();
  const go = (next: typeof page) => {
    location.hash = next;
    setPage(next);
  };
  return (
    <main>
      <h1>Sign up</h1>
      <nav aria-label="Examples">
        <button type="button" aria-pressed={page === 'component'} onClick={() => go('component')}>
          &lt;SignUp&gt;
        </button>{' '}
        <button type="button" aria-pressed={page === 'headless'} onClick={() => go('headless')}>
          Headless
        </button>{' '}
        <button type="button" aria-pressed={page === 'own-pool'} onClick={() => go('own-pool')}>
          Your own pool
        </button>
      </nav>
      {page === 'component' ? (
        <SignUp
          {...cognito}
          fields={[{ name: 'email', required: true }, 'given_name']}
          autoSignIn={signIn}
          onSignedIn={async () => {
            const current = await getCurrentSession(cognito);
            setSession(current?.username);
          }}
        />
      ) : page === 'headless' ? (
        <HeadlessSignUp />
      ) : (
        <OwnPoolSignUp />
      )}
      {session && <p>Session: {session}</p>}
    </main>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

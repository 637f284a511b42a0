import 'react-cognito-signup/styles.css';
import { StrictMode, useState } from 'react';
import { SignUp } from 'react-cognito-signup';
import { autoSignIn } from 'react-cognito-signup/sign-in';
import { createRoot } from 'react-dom/client';
import { cognito } from './config.ts';
import { HeadlessSignUp } from './HeadlessSignUp.tsx';

// Ends signed in: the session is cached where amazon-cognito-identity-js's getCurrentUser() finds it.
const signIn = autoSignIn();

function App() {
  const [page, setPage] = useState<'component' | 'headless'>(
    location.hash === '#headless' ? 'headless' : 'component',
  );
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
        </button>
      </nav>
      {page === 'component' ? (
        <SignUp
          {...cognito}
          fields={[{ name: 'email', required: true }, 'given_name']}
          autoSignIn={signIn}
          onSignedIn={({ username }) => console.info(`${username} is signed in`)}
        />
      ) : (
        <HeadlessSignUp />
      )}
    </main>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

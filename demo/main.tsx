import { type FormEvent, StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { confirmSignUp, type SignUpError, signUp } from '../src/core/index.ts';
import { demoConfig } from './config.ts';

/** A plain form on the core, until the React layer replaces it. */
function Demo() {
  const [username, setUsername] = useState<string | null>(null);
  const [message, setMessage] = useState('');

  async function onSignUp(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    try {
      const result = await signUp(demoConfig, {
        username: String(data.get('username')),
        password: String(data.get('password')),
        attributes: { email: String(data.get('email')) },
      });
      setUsername(String(data.get('username')));
      setMessage(result.UserConfirmed ? 'Signed up.' : 'Enter the code we sent.');
    } catch (error) {
      setMessage(`${(error as SignUpError).code}: ${(error as SignUpError).message}`);
    }
  }

  async function onConfirm(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const code = String(new FormData(event.currentTarget).get('code'));
    try {
      await confirmSignUp(demoConfig, { username: username ?? '', code });
      setMessage('Confirmed.');
    } catch (error) {
      setMessage(`${(error as SignUpError).code}: ${(error as SignUpError).message}`);
    }
  }

  return (
    <main>
      <h1>Sign up</h1>
      {username === null ? (
        <form method="post" onSubmit={onSignUp}>
          <label>
            Username <input name="username" autoComplete="username" required />
          </label>
          <label>
            Email <input name="email" type="email" autoComplete="email" required />
          </label>
          <label>
            Password <input name="password" type="password" autoComplete="new-password" required />
          </label>
          <button type="submit">Sign up</button>
        </form>
      ) : (
        <form method="post" onSubmit={onConfirm}>
          <label>
            Code <input name="code" autoComplete="one-time-code" required />
          </label>
          <button type="submit">Confirm</button>
        </form>
      )}
      <p role="status">{message}</p>
    </main>
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Demo />
    </StrictMode>,
  );
}

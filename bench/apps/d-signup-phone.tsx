// (d) (c) with a phone field and the phone support (`react-cognito-signup/phone`):
// libphonenumber-js arrives as a lazily loaded chunk.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SignUp } from '../../src/index.ts';
import { phone } from '../../src/phone.ts';
import { benchConfig } from './config.ts';

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <main>
      <h1>Hello</h1>
      <SignUp {...benchConfig} fields={['email', 'phone_number']} phone={phone} />
    </main>
  </StrictMode>,
);

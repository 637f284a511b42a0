import '../src/styles.css';
import './demo.css';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { checkBreachedPassword } from '../src/breached-password.ts';
import type { Messages } from '../src/core/index.ts';
import { ar } from '../src/core/locales/ar.ts';
import { de } from '../src/core/locales/de.ts';
import { es } from '../src/core/locales/es.ts';
import { fr } from '../src/core/locales/fr.ts';
import { he } from '../src/core/locales/he.ts';
import { hi } from '../src/core/locales/hi.ts';
import { id } from '../src/core/locales/id.ts';
import { it } from '../src/core/locales/it.ts';
import { ja } from '../src/core/locales/ja.ts';
import { ko } from '../src/core/locales/ko.ts';
import { nl } from '../src/core/locales/nl.ts';
import { pl } from '../src/core/locales/pl.ts';
import { ptBR } from '../src/core/locales/pt-BR.ts';
import { ru } from '../src/core/locales/ru.ts';
import { sv } from '../src/core/locales/sv.ts';
import { th } from '../src/core/locales/th.ts';
import { tr } from '../src/core/locales/tr.ts';
import { uk } from '../src/core/locales/uk.ts';
import { zhCN } from '../src/core/locales/zh-CN.ts';
import {
  ConfirmSignUpForm,
  type FieldInput,
  SignUp,
  SignUpDone,
  SignUpForm,
  SignUpProvider,
  Status,
  valuesFromUrl,
} from '../src/index.ts';
import { confirmationLink } from '../src/link.ts';
import { offerPasskey } from '../src/passkey.ts';
import { phone } from '../src/phone.ts';
import { autoSignIn } from '../src/sign-in.ts';
import { socialSignUp } from '../src/social.ts';
import { useBotCheck } from './BotCheck.tsx';
import { demoConfig, srpClientId } from './config.ts';
import { SignedInPanel, useCurrentUser } from './SignedInPanel.tsx';

const CATALOGS: Record<string, Partial<Messages> | undefined> = {
  en: undefined,
  es,
  fr,
  de,
  ja,
  'pt-BR': ptBR,
  it,
  nl,
  pl,
  sv,
  'zh-CN': zhCN,
  ko,
  ar,
  he,
  hi,
  id,
  ru,
  th,
  tr,
  uk,
};
const LANGUAGES = {
  en: 'English',
  es: 'Español',
  fr: 'Français',
  de: 'Deutsch',
  ja: '日本語',
  'pt-BR': 'Português (Brasil)',
  it: 'Italiano',
  nl: 'Nederlands',
  pl: 'Polski',
  sv: 'Svenska',
  'zh-CN': '简体中文',
  ko: '한국어',
  ar: 'العربية',
  he: 'עברית',
  hi: 'हिन्दी',
  id: 'Bahasa Indonesia',
  ru: 'Русский',
  th: 'ไทย',
  tr: 'Türkçe',
  uk: 'Українська',
};

const FIELDS: FieldInput[] = [
  { name: 'email', required: true },
  'given_name',
  {
    name: 'custom:plan',
    label: 'Plan',
    kind: 'select',
    required: true,
    options: [
      { value: 'free', label: 'Free' },
      { value: 'pro', label: 'Pro' },
      { value: 'team', label: 'Team' },
    ],
  },
  { name: 'referral', label: 'Referral code', destination: 'clientMetadata' },
  // Consent that is recorded: the version accepted and when, in a custom attribute.
  {
    name: 'custom:terms',
    label: 'I accept the {terms} and the {privacy}',
    links: {
      terms: { href: 'https://example.com/terms', label: 'terms of service' },
      privacy: { href: 'https://example.com/privacy', label: 'privacy policy' },
    },
    kind: 'checkbox',
    required: true,
    consent: { version: 'terms-2026-12' },
  },
];

// The phone field is a toggle: without it, libphonenumber-js is never loaded (the e2e test checks).
const FIELDS_WITH_PHONE: FieldInput[] = [...FIELDS.slice(0, 2), 'phone_number', ...FIELDS.slice(2)];

type Theme = 'auto' | 'light' | 'dark';
/** What follows confirmation: sign-in with the Session (USER_AUTH client), with SRP (the other client), or nothing. */
type After = 'session' | 'srp' | 'none';

/** A checkbox of the demo bar. */
function Toggle(props: { label: string; checked: boolean; onChange: (on: boolean) => void }) {
  return (
    <label>
      <input
        type="checkbox"
        checked={props.checked}
        onChange={(e) => props.onChange(e.target.checked)}
      />{' '}
      {props.label}
    </label>
  );
}

// Auto sign-in, then a passkey offered wherever WebAuthn is (security keys and phones too), only
// where the device has its own authenticator, or not at all. Passkeys need the page on
// localhost (or https): `npm start` prints that address.
const SIGN_IN = {
  always: autoSignIn({ passkey: offerPasskey({ when: 'always' }) }),
  supported: autoSignIn({ passkey: offerPasskey() }),
  off: autoSignIn(),
};

// "Continue with Google" through the pool domain: `npm start`'s local Cognito serves it, with a
// local stand-in for Google and Apple (VITE_COGNITO_DOMAIN). The plan is asked once, after the
// provider, since no provider shares it.
const socialDomain = import.meta.env.VITE_COGNITO_DOMAIN || undefined;
const SOCIAL =
  socialDomain &&
  socialSignUp({
    domain: socialDomain,
    providers: ['Google', 'SignInWithApple'],
    profileFields: FIELDS.filter(
      (field) => typeof field === 'object' && field.name === 'custom:plan',
    ),
    passkey: offerPasskey({ when: 'always' }),
  });

// An invitation link (`npm start` prints one): the email it was sent to, prefilled and locked,
// and its signed token, never shown, sent as ValidationData for the pre sign-up stand-in.
const INVITATION = valuesFromUrl(['email', 'invite']);
const INVITED_FIELDS: FieldInput[] = [
  { name: 'email', required: true, readOnly: true },
  { name: 'invite', kind: 'hidden', destination: 'validationData' },
  ...FIELDS.filter((field) => typeof field !== 'object' || field.name !== 'email'),
];

// Confirmation by link: the local trigger stand-in writes a link to this page into the message
// when the request's ClientMetadata asks for it (`confirm: 'link'`); `npm start` prints it.
const LINK = confirmationLink();
const linkMetadata = () => ({ confirm: 'link', linkUrl: `${window.location.origin}/` });

// The local range server `npm start` runs (VITE_BREACHED_ENDPOINT), else Have I Been Pwned's.
const breachedEndpoint = import.meta.env.VITE_BREACHED_ENDPOINT || undefined;
const BREACHED_CHECKS = {
  off: undefined,
  block: checkBreachedPassword({ endpoint: breachedEndpoint }),
  warn: checkBreachedPassword({ endpoint: breachedEndpoint, mode: 'warn' }),
};

function Demo() {
  const [theme, setTheme] = useState<Theme>('auto');
  const [language, setLanguage] = useState('en');
  const [after, setAfter] = useState<After>('session');
  const [passwordless, setPasswordless] = useState(false);
  const [botCheck, setBotCheck] = useState(false);
  // Opened from a confirmation link: that person's sign-up asked for links (a new one, too).
  const [byLink, setByLink] = useState(() => /[#&]c=/.test(window.location.hash));
  const [phoneField, setPhoneField] = useState(false);
  const [breached, setBreached] = useState<keyof typeof BREACHED_CHECKS>('off');
  const [passkey, setPasskey] = useState<keyof typeof SIGN_IN>('always');
  const fields = INVITATION.invite ? INVITED_FIELDS : phoneField ? FIELDS_WITH_PHONE : FIELDS;
  const captcha = useBotCheck();
  const beforeSignUp = botCheck ? captcha.beforeSignUp : undefined;
  const [layout, setLayout] = useState<'component' | 'composed'>('component');
  // Bumped after a sign-in or a sign-out: the panel reads the cached session again.
  const [version, setVersion] = useState(0);
  const [signOuts, setSignOuts] = useState(0);
  const config =
    after === 'srp' && srpClientId ? { ...demoConfig, clientId: srpClientId } : demoConfig;
  const current = useCurrentUser(config, version);
  // What both layouts run with: the same flow, drawn by <SignUp> or by composed parts.
  const flow = {
    ...config,
    autoSignIn: after === 'none' ? undefined : SIGN_IN[passkey],
    passwordless,
    beforeSignUp,
    onSignedIn: () => setVersion((v) => v + 1),
    catalog: CATALOGS[language],
    fields,
    // Country picker and national numbers for any phone field; loads only with one.
    phone,
    breachedPassword: BREACHED_CHECKS[breached],
    defaultValues: INVITATION,
    // A link in the address (a confirmation email's) is always followed; the message carries
    // one when "Confirm by link" is on.
    link: LINK,
    clientMetadata: byLink ? linkMetadata() : undefined,
    // The web client has the identity providers and the demo's callback URLs (not the SRP one).
    social: after === 'srp' ? undefined : SOCIAL || undefined,
    resendCooldown: Number(import.meta.env.VITE_RESEND_COOLDOWN ?? 30),
  };
  return (
    <main className="demo" data-theme={theme}>
      <header className="demo-bar">
        <h1>react-cognito-signup</h1>
        <label>
          Theme{' '}
          <select value={theme} onChange={(e) => setTheme(e.target.value as Theme)}>
            <option value="auto">System</option>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
          </select>
        </label>
        <label>
          Language{' '}
          <select value={language} onChange={(e) => setLanguage(e.target.value)}>
            {Object.entries(LANGUAGES).map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label>
          After sign-up{' '}
          <select value={after} onChange={(e) => setAfter(e.target.value as After)}>
            <option value="session">Sign in with the Session (USER_AUTH)</option>
            <option value="srp">Sign in with SRP</option>
            <option value="none">Stay signed out</option>
          </select>
        </label>
        <label>
          Layout{' '}
          <select value={layout} onChange={(e) => setLayout(e.target.value as typeof layout)}>
            <option value="component">{'<SignUp>'}</option>
            <option value="composed">Composed parts</option>
          </select>
        </label>
        <label>
          Breached passwords{' '}
          <select
            value={breached}
            onChange={(e) => setBreached(e.target.value as keyof typeof BREACHED_CHECKS)}
          >
            <option value="off">Not checked</option>
            <option value="block">Refused</option>
            <option value="warn">Warned about</option>
          </select>
        </label>
        <label>
          Passkey after sign-in{' '}
          <select value={passkey} onChange={(e) => setPasskey(e.target.value as typeof passkey)}>
            <option value="always">Offered</option>
            <option value="supported">Offered with a built-in authenticator</option>
            <option value="off">Not offered</option>
          </select>
        </label>
        <Toggle label="Passwordless" checked={passwordless} onChange={setPasswordless} />
        <Toggle label="Phone field" checked={phoneField} onChange={setPhoneField} />
        <Toggle label="Bot check" checked={botCheck} onChange={setBotCheck} />
        <Toggle label="Confirm by link" checked={byLink} onChange={setByLink} />
      </header>
      {current ? (
        <SignedInPanel
          config={config}
          current={current}
          onSignOut={() => {
            setVersion((v) => v + 1);
            setSignOuts((n) => n + 1);
          }}
        />
      ) : null}
      {layout === 'composed' ? (
        // The README's "Composing the parts": no <SignUp> root, the theme still applies.
        <SignUpProvider key={`composed-${after}-${passwordless}-${signOuts}`} {...flow}>
          <section className="demo-composed" lang={language}>
            <Status />
            <SignUpForm />
            <ConfirmSignUpForm />
            <SignUpDone />
          </section>
        </SignUpProvider>
      ) : (
        <SignUp key={`${after}-${passwordless}-${signOuts}`} {...flow} theme={theme} />
      )}
      {botCheck ? captcha.widget : null}
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

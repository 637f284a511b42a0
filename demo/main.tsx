import '../src/styles.css';
import './demo.css';
import { lazy, StrictMode, Suspense, startTransition, useEffect, useState } from 'react';
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
  type SignedIn,
  SignUp,
  SignUpDone,
  SignUpForm,
  SignUpProvider,
  Status,
  valuesFromUrl,
} from '../src/index.ts';
import { confirmationLink } from '../src/link.ts';
import { offerPasskey, type PasskeyStep, usePasskey } from '../src/passkey.ts';
import { phone } from '../src/phone.ts';
import { autoSignIn } from '../src/sign-in.ts';
import { SocialSignUp, type SocialSignUpOptions } from '../src/social.ts';
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

// The account page an app would navigate to after sign-in: its own chunk, loaded on the way
// there, as a Next.js or React Router route is (the sign-up card stays until it is ready).
const AccountPage = lazy(() => import('./AccountPage.tsx'));

type Theme = 'auto' | 'light' | 'dark';
/** The demo's two pages: the sign-up card, and the account page an app moves on to. */
type Page = 'signUp' | 'account';
const pageOf = (): Page => (window.location.pathname === '/account' ? 'account' : 'signUp');
/** What follows confirmation: sign-in with the Session (USER_AUTH client), with SRP (the other client), or nothing. */
type After = 'session' | 'srp' | 'none';

/** A checkbox of the demo's settings. */
function Toggle(props: { label: string; checked: boolean; onChange: (on: boolean) => void }) {
  return (
    <label className="demo-toggle">
      <input
        type="checkbox"
        checked={props.checked}
        onChange={(e) => props.onChange(e.target.checked)}
      />
      {props.label}
    </label>
  );
}

/** A select of the demo's settings: its label above it. */
function Choice<T extends string>(props: {
  label: string;
  value: T;
  options: Record<T, string>;
  onChange: (value: T) => void;
  disabled?: boolean;
}) {
  return (
    <label className="demo-choice">
      {props.label}
      <select
        value={props.value}
        disabled={props.disabled}
        onChange={(e) => props.onChange(e.target.value as T)}
      >
        {Object.entries<string>(props.options).map(([value, name]) => (
          <option key={value} value={value}>
            {name}
          </option>
        ))}
      </select>
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
const SOCIAL: SocialSignUpOptions | undefined = socialDomain
  ? {
      domain: socialDomain,
      providers: ['Google', 'SignInWithApple'],
      profileFields: FIELDS.filter(
        (field) => typeof field === 'object' && field.name === 'custom:plan',
      ),
      passkey: offerPasskey({ when: 'always' }),
    }
  : undefined;

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
  // What the app does once signed in: show the kit's card with a "Go to your account" action
  // (doneAction), or move on to its account page itself (onSignedIn navigates; handOff).
  const [then, setThen] = useState<'card' | 'navigate'>('card');
  const [page, setPage] = useState<Page>(pageOf);
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
  // The kit's own passkey offer, while it is open: the account panel then offers none.
  const [kitPasskey, setKitPasskey] = useState<PasskeyStep>();
  const kitOffer = usePasskey(kitPasskey)?.status;
  const kitOffering = kitOffer === 'offered' || kitOffer === 'registering' || kitOffer === 'failed';
  const config =
    after === 'srp' && srpClientId ? { ...demoConfig, clientId: srpClientId } : demoConfig;
  const current = useCurrentUser(config, version);
  // The browser's back and forward buttons move between the two pages.
  useEffect(() => {
    const onPop = () => setPage(pageOf());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const go = (to: Page) => {
    window.history.pushState(null, '', to === 'account' ? '/account' : '/');
    // As a router does: the current page stays until the next one has loaded.
    startTransition(() => setPage(to));
  };
  const navigate = then === 'navigate';
  const signOut = () => {
    setVersion((v) => v + 1);
    setSignOuts((n) => n + 1);
    setKitPasskey(undefined);
    if (page === 'account') go('signUp');
  };
  // What both layouts run with: the same flow, drawn by <SignUp> or by composed parts.
  const flow = {
    ...config,
    // Moving on at once, the account page offers the passkey: one offer on the screen at a time.
    autoSignIn: after === 'none' ? undefined : SIGN_IN[navigate ? 'off' : passkey],
    passwordless,
    beforeSignUp,
    onSignedIn: (signedIn: SignedIn) => {
      setVersion((v) => v + 1);
      setKitPasskey(signedIn.passkey);
      if (navigate) go('account');
    },
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
    resendCooldown: Number(import.meta.env.VITE_RESEND_COOLDOWN ?? 30),
  };
  // The web client has the identity providers and the demo's callback URLs (not the SRP one).
  const social = after === 'srp' ? undefined : SOCIAL;
  // Shown by the card once signed in or done (the app's next step), unless the app moves on itself.
  const doneAction =
    navigate || after === 'none' ? undefined : <a href="#account">Go to your account</a>;
  const panel = current ? (
    <SignedInPanel
      config={config}
      current={current}
      canAddPasskey={!kitOffering}
      onSignOut={signOut}
    />
  ) : null;
  const cardKey = `${after}-${passwordless}-${signOuts}`;
  const card = { ...flow, theme, doneAction, handOff: navigate };
  const kit =
    layout === 'composed' ? (
      // The README's "Composing the parts": no <SignUp> root, the theme still applies.
      <SignUpProvider key={`composed-${after}-${passwordless}-${signOuts}`} {...flow}>
        <section className="demo-composed" lang={language}>
          <Status />
          <SignUpForm />
          <ConfirmSignUpForm />
          <SignUpDone action={doneAction} />
        </section>
      </SignUpProvider>
    ) : social ? (
      // <SignUp> with "Continue with Google" and "Continue with Apple" above the form.
      <SocialSignUp key={cardKey} {...card} social={social} />
    ) : (
      <SignUp key={cardKey} {...card} />
    );
  return (
    <div className="demo" data-theme={theme}>
      <header className="demo-head">
        <h1>react-cognito-signup</h1>
        <p>
          Sign-up for Amazon Cognito, against a local Cognito. Try it, then change the settings.
        </p>
      </header>
      <main className="demo-main">
        {/* Around both pages, as a router's: moving on keeps this page until the next has loaded. */}
        <Suspense fallback={null}>
          {page === 'account' ? (
            <AccountPage onBack={() => go('signUp')}>{panel}</AccountPage>
          ) : (
            <>
              {kit}
              {botCheck ? captcha.widget : null}
              {panel}
            </>
          )}
        </Suspense>
      </main>
      <aside className="demo-settings" aria-labelledby="demo-settings-title">
        <h2 id="demo-settings-title">Settings</h2>
        <fieldset>
          <legend>Look</legend>
          <Choice
            label="Theme"
            value={theme}
            options={{ auto: 'System', light: 'Light', dark: 'Dark' }}
            onChange={setTheme}
          />
          <Choice label="Language" value={language} options={LANGUAGES} onChange={setLanguage} />
          <Choice
            label="Layout"
            value={layout}
            options={{ component: '<SignUp>', composed: 'Composed parts' }}
            onChange={setLayout}
          />
        </fieldset>
        <fieldset>
          <legend>Form</legend>
          <Toggle label="Passwordless" checked={passwordless} onChange={setPasswordless} />
          <Toggle label="Phone field" checked={phoneField} onChange={setPhoneField} />
          <Toggle label="Bot check" checked={botCheck} onChange={setBotCheck} />
          <Toggle label="Confirm by link" checked={byLink} onChange={setByLink} />
          <Choice
            label="Breached passwords"
            value={breached}
            options={{ off: 'Not checked', block: 'Refused', warn: 'Warned about' }}
            onChange={setBreached}
          />
        </fieldset>
        <fieldset>
          <legend>Once confirmed</legend>
          <Choice
            label="After sign-up"
            value={after}
            options={{
              session: 'Signed in with the Session',
              srp: 'Signed in with SRP',
              none: 'Stay signed out',
            }}
            onChange={setAfter}
          />
          <Choice
            label="Then"
            value={then}
            options={{
              card: 'The card and its action',
              navigate: 'The account page at once',
            }}
            onChange={setThen}
          />
          <Choice
            label="Passkey after sign-in"
            value={passkey}
            options={{
              always: 'Offered',
              supported: 'Offered with a built-in authenticator',
              off: 'Not offered',
            }}
            onChange={setPasskey}
            disabled={navigate}
          />
        </fieldset>
      </aside>
    </div>
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

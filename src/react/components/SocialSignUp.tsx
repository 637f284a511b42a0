import {
  type ComponentType,
  createContext,
  type FormEvent,
  Fragment,
  forwardRef,
  useContext,
  useEffect,
  useId,
  useMemo,
  useRef,
} from 'react';
import { useForm } from 'react-hook-form';
import { CODE_FIELD } from '../../core/controller/index.js';
import type { FormField, FormValues } from '../../core/fields/index.js';
import type { SignedIn } from '../../core/flow/index.js';
import type { Translate } from '../../core/messages/index.js';
import { claimsOf } from '../../core/signIn/index.js';
import type { SocialSignUpOptions } from '../../core/social/index.js';
import { fieldProps } from '../fieldProps.js';
import { composeRefs } from '../mergeProps.js';
import { type UseSocialSignUpReturn, useSocialSignUp } from '../useSocialSignUp.js';
import { classNames, FieldContext, SignUpContext, useSignUpContext } from './context.js';
import { DefaultFieldBody } from './Field.js';
import {
  SignUp,
  SignUpDone,
  type SignUpProps,
  SignUpProvider,
  type SlotProps,
  StepTitle,
  splitProps,
} from './SignUp.js';
import type { RenderField } from './SignUpForm.js';

/**
 * What `<SocialSignUp>` takes: every prop of `<SignUp>`, and the social sign-up's options. Its
 * own steps (the sign-up finishing, the profile, a code) have their own titles and draw the
 * theme's submit button; `components.Header` and `Footer` show on every other step.
 */
export interface SocialSignUpProps extends SignUpProps {
  /**
   * The user pool domain and the providers to offer (`{ domain, providers: ['Google'] }`), the
   * callback URL, scopes, the profile fields to ask for, where the session is cached.
   */
  social: SocialSignUpOptions;
}

/** What the header inside `<SignUp>` reads: the social sign-up, and the header it adds to. */
interface SocialHeaderContext {
  social: UseSocialSignUpReturn;
  Header: ComponentType<SlotProps> | undefined;
  headingLevel: number;
}
const SocialContext = createContext<SocialHeaderContext | null>(null);

/**
 * `<SignUp>` with social sign-up (`react-cognito-signup/social`): "Continue with …" buttons and
 * an "or" divider between the header and the form; on the callback route, the sign-up
 * finishing, the profile to complete and a code to verify, each in the form's place, then the
 * signed-in step as `<SignUp>` draws it (`doneAction`, `handOff` and a passkey offer included).
 * Errors are said above the buttons, and the form stays: no outcome is a dead end. `<SignUp>`
 * itself knows nothing of it: the default flow carries none of its bytes.
 */
export const SocialSignUp = forwardRef<HTMLDivElement, SocialSignUpProps>(function SocialSignUp(
  { social: socialOptions, ...props },
  ref,
) {
  // What <SignUp> takes beside the hook's options and the root's attributes (splitProps splits those).
  const { theme, components, renderField, headingLevel = 2, doneAction, handOff, ...rest } = props;
  const { options, rest: root } = splitProps(rest);
  const social = useSocialSignUp(socialOptions, options);
  const { status, signedIn, t } = social;
  const box = useRef<HTMLDivElement>(null);
  const rootRef = useMemo(() => composeRefs(box, ref), [ref]);
  // A step change moves focus to the title, as the form's steps do: each social step, and the
  // form again after "Sign up with the form instead" (its button is gone).
  const previousStatus = useRef(status);
  useEffect(() => {
    if (previousStatus.current === status) return;
    previousStatus.current = status;
    if (status !== 'redirecting')
      box.current?.querySelector<HTMLElement>('[data-rcs-title]')?.focus();
  }, [status]);

  if (status === 'idle' || status === 'redirecting') {
    return (
      <SocialContext.Provider value={{ social, Header: components?.Header, headingLevel }}>
        <SignUp {...props} ref={rootRef} components={{ ...components, Header: SocialHeader }} />
      </SocialContext.Provider>
    );
  }
  // The app moves on after sign-in (`handOff`): no welcome before its next page replaces the card.
  const handingOff = handOff && status === 'signedIn' && !signedIn?.passkey;
  const step = status === 'signedIn' ? 'signedIn' : 'signUp';
  const { Header, Footer } = components ?? {};
  return (
    // The parts read the flow from context: the form's, told what social sign-up knows (its
    // words, the signed-in person) so that the fields, the done step and the passkey offer work.
    <SignUpProvider {...options}>
      {(form) => {
        // Social sign-up's words first; the form's for the rest (the English that phone
        // support, auto sign-in or a breached-password check bring: a profile field may use it).
        const words: Translate = (key, values) => {
          const said = t(key, values);
          return said === key ? form.t(key, values) : said;
        };
        const signUp = {
          ...form,
          t: words,
          step,
          signedIn,
          username: displayName(signedIn),
        } as const;
        return (
          <SignUpContext.Provider value={signUp}>
            <div
              lang={t('locale.code')}
              dir={t('locale.dir')}
              {...root}
              ref={rootRef}
              className={classNames('rcs', root.className)}
              data-step={step}
              data-status={status}
              data-theme={theme}
              aria-busy={handingOff || undefined}
            >
              {handingOff ? null : status === 'signedIn' ? (
                <>
                  {Header ? <Header signUp={signUp} /> : <StepTitle level={headingLevel} />}
                  <SignUpDone action={doneAction} />
                </>
              ) : (
                <SocialStep social={social} headingLevel={headingLevel} renderField={renderField} />
              )}
              {Footer && <Footer signUp={signUp} />}
            </div>
          </SignUpContext.Provider>
        );
      }}
    </SignUpProvider>
  );
});

/** The card's header inside `<SignUp>`: the app's (or the step's title), what went wrong, then the buttons. */
function SocialHeader({ signUp }: SlotProps) {
  const { social, Header, headingLevel } = useContext(SocialContext) as SocialHeaderContext;
  const { status, t, error, reset } = social;
  const onForm = signUp.step === 'signUp';
  // What went wrong with a provider is over once the form moves on (SignUp went through).
  useEffect(() => {
    if (!onForm && error) reset();
  }, [onForm, error, reset]);
  return (
    <>
      {Header ? <Header signUp={signUp} /> : <StepTitle level={headingLevel} />}
      {onForm && (
        <>
          <SocialError social={social} />
          <div className="rcs-social" data-status={status}>
            {social.providers.map(({ name, label }) => (
              <button
                key={name}
                type="button"
                className="rcs-social-button"
                data-provider={name}
                aria-disabled={status === 'redirecting' || undefined}
                onClick={() => status === 'idle' && social.startSocialSignUp(name)}
              >
                {t('social.continueWith', { provider: label })}
              </button>
            ))}
          </div>
          <p className="rcs-divider" aria-hidden="true">
            <span>{t('social.or')}</span>
          </p>
        </>
      )}
    </>
  );
}

/** What went wrong, in words, boxed as the card's form error (its classes and gap). */
function SocialError({ social }: { social: UseSocialSignUpReturn }) {
  const { error, provider = '', t } = social;
  if (!error) return null;
  return (
    <div className="rcs-status rcs-social-error" data-tone="error">
      <div role="alert" data-code={error.code}>
        {t(error.messageKey, {
          ...error.values,
          provider,
          attribute: attributeWords(t, String(error.values?.attribute ?? '')),
        })}
      </div>
    </div>
  );
}

/** A step of its own, in the form's place: the sign-up finishing, the profile, a code to verify. */
function SocialStep({
  social,
  headingLevel,
  renderField,
}: {
  social: UseSocialSignUpReturn;
  headingLevel: number;
  /** `<SignUp renderField>`: the profile's fields render as the form's do (not the code). */
  renderField: RenderField | undefined;
}) {
  const { status, provider = '', t } = social;
  const Heading = `h${headingLevel}` as 'h2';
  const title = (key: string) => (
    <Heading className="rcs-title" tabIndex={-1} data-rcs-title="">
      {t(key)}
    </Heading>
  );
  if (status === 'completing') {
    return (
      <div className="rcs-social-step" data-status={status}>
        {title('signUp.title')}
        <p className="rcs-status" role="status">
          {t('social.completing', { provider })}
        </p>
      </div>
    );
  }
  const profile = status === 'profile';
  return (
    <div className="rcs-social-step" data-status={status}>
      {title(profile ? 'social.profile.title' : 'social.verify.title')}
      <p>
        {profile
          ? t('social.profile.message', { provider })
          : t('social.verify.message', { destination: social.destination ?? '' })}
      </p>
      <SocialError social={social} />
      <ProfileForm
        fields={profile ? social.fields : CODE}
        renderField={profile ? renderField : undefined}
        submitLabel={t(profile ? 'social.profile.submit' : 'social.verify.submit')}
        onSubmit={(values) =>
          profile
            ? social.submitProfile(values)
            : social.verify(String(values.code ?? '')).then(() => undefined)
        }
      />
      <button type="button" className="rcs-link" onClick={social.reset}>
        {t('social.useForm')}
      </button>
    </div>
  );
}

/** The code field of a verification (the confirm step's). */
const CODE: FormField[] = [CODE_FIELD];

/**
 * The name a person knows themselves by: the email or name the provider shared, not the
 * federated username Cognito made (`Google_1178…`).
 */
function displayName(signedIn: SignedIn | undefined): string {
  if (!signedIn) return '';
  const claims = claimsOf(signedIn.tokens.idToken);
  const shared = claims?.email ?? claims?.name;
  return typeof shared === 'string' ? shared : signedIn.username;
}

/** The words of an attribute in a sentence: its field label, lower case where the language has case. */
function attributeWords(t: (key: string) => string, attribute: string): string {
  const key = `field.${attribute}.label`;
  const label = t(key);
  return label === key ? attribute : label.toLocaleLowerCase(t('locale.code'));
}

/** The fields of a profile (or a code), drawn as the form's fields are, on react-hook-form. */
function ProfileForm({
  fields,
  renderField,
  submitLabel,
  onSubmit,
}: {
  fields: FormField[];
  renderField: RenderField | undefined;
  submitLabel: string;
  onSubmit: (values: FormValues) => Promise<Record<string, { reason: string }> | undefined>;
}) {
  const { t } = useSignUpContext();
  const baseId = useId();
  const form = useForm<FormValues>();
  const { errors, isSubmitting } = form.formState;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void form.handleSubmit(async (values) => {
      const problems = await onSubmit(values);
      for (const [name, { reason }] of Object.entries(problems ?? {})) {
        form.setError(name, { type: reason, message: t(`validation.${reason}`) });
      }
    })();
  };
  return (
    <form className="rcs-form" method="dialog" noValidate onSubmit={submit}>
      {fields.map((field) => {
        const props = fieldProps({
          field,
          register: form.register,
          error: errors[field.name] as { type?: string; message?: string } | undefined,
          baseId,
          t,
          usernameMode: 'username',
          busy: isSubmitting,
        });
        const defaultField = (
          <FieldContext.Provider value={props}>
            <div
              className="rcs-field"
              data-invalid={props.invalid || undefined}
              data-required={props.required || undefined}
              data-kind={field.kind}
            >
              <DefaultFieldBody />
            </div>
          </FieldContext.Provider>
        );
        return (
          <Fragment key={field.name}>
            {renderField ? renderField(props, defaultField) : defaultField}
          </Fragment>
        );
      })}
      <button
        type="submit"
        className="rcs-submit"
        aria-disabled={isSubmitting || undefined}
        data-status={isSubmitting ? 'submitting' : undefined}
      >
        {submitLabel}
      </button>
    </form>
  );
}

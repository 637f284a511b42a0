import {
  type AriaAttributes,
  type ComponentType,
  type DOMAttributes,
  forwardRef,
  type HTMLAttributes,
  type ReactNode,
  useEffect,
  useMemo,
  useRef,
} from 'react';
import { composeRefs } from '../mergeProps.js';
import { type UseSignUpOptions, type UseSignUpReturn, useSignUp } from '../useSignUp.js';
import { ConfirmSignUpForm } from './ConfirmSignUpForm.js';
import { classNames, SignUpContext, useSignUpContext } from './context.js';
import { Status, Submit } from './elementParts.js';
import { type RenderField, SignUpForm } from './SignUpForm.js';

export interface SignUpProviderProps extends UseSignUpOptions {
  /** Parts to compose, or a function of the flow for full control. */
  children: ReactNode | ((signUp: UseSignUpReturn) => ReactNode);
}

/** Runs {@link useSignUp} and provides it to the parts inside, which you arrange yourself. */
export function SignUpProvider({ children, ...options }: SignUpProviderProps) {
  const signUp = useSignUp(options);
  return (
    <SignUpContext.Provider value={signUp}>
      {typeof children === 'function' ? children(signUp) : children}
    </SignUpContext.Provider>
  );
}

/** What `components` overrides receive. */
export interface SlotProps {
  signUp: UseSignUpReturn;
}

export interface SignUpComponents {
  /** Above the forms; the step's title by default. */
  Header?: ComponentType<SlotProps>;
  /** Below the forms; nothing by default. */
  Footer?: ComponentType<SlotProps>;
  /** The submit button of both steps. */
  Submit?: ComponentType<SlotProps>;
}

/** The root `<div>`'s own attributes that `<SignUp>` passes on (with ARIA, `data-*` and event handlers). */
type RootAttribute =
  | 'className'
  | 'style'
  | 'id'
  | 'dir'
  | 'lang'
  | 'title'
  | 'role'
  | 'hidden'
  | 'tabIndex';

/** The hook's callbacks, named like DOM event handlers: they go to the hook, never to the `<div>`. */
type HookHandler = 'onSignUp' | 'onConfirmed' | 'onSignedIn' | 'onError' | 'onStateChange';

type DivProps = Pick<HTMLAttributes<HTMLDivElement>, RootAttribute> &
  AriaAttributes &
  Omit<DOMAttributes<HTMLDivElement>, 'children' | `dangerously${string}` | HookHandler> & {
    [data: `data-${string}`]: string | number | boolean | undefined;
  };

export interface SignUpProps extends UseSignUpOptions, DivProps {
  /** `light`, `dark`, or `auto` (follows `prefers-color-scheme`); sets `data-theme`. */
  theme?: 'light' | 'dark' | 'auto';
  /** Header, footer and submit replacements. */
  components?: SignUpComponents;
  /** Replaces how each sign-up field renders. */
  renderField?: RenderField;
  /** Heading level of the step titles (default 2). */
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  /**
   * What the person does next, below the done and signed-in message: your link or button (a
   * router's `<Link>` works), drawn like the submit button by the theme.
   */
  doneAction?: ReactNode;
  /**
   * `onSignedIn` takes the person elsewhere (it navigates): once signed in, the card stays busy
   * (`aria-busy`, empty) until your next page replaces it, instead of showing a welcome first
   * (a passkey offer still shows). Leave it out if the person stays on this page.
   */
  handOff?: boolean;
}

/**
 * The root `<div>`'s props: ARIA, `data-*`, event handlers (`on` + a capital) except the hook's
 * callbacks (the lookahead), and the attributes of {@link RootAttribute}.
 */
const ROOT_PROP =
  /^(aria-|data-|on(?!(SignUp|Confirmed|SignedIn|Error|StateChange)$)[A-Z])|^(className|style|id|dir|lang|title|role|hidden|tabIndex)$/;

// Every hook callback named on… is in HookHandler (else it would reach the <div>), and no hook
// option is named like a root attribute.
type Collision =
  | Exclude<Extract<keyof UseSignUpOptions, `on${string}`>, HookHandler>
  | Extract<keyof UseSignUpOptions, RootAttribute>;
const noCollision: [Collision] extends [never] ? true : Collision = true;
void noCollision;

/**
 * Splits `<SignUp>`'s props: the root `<div>`'s (attributes, ARIA, data-*, events), the hook's
 * (the rest). `<SocialSignUp>` splits its own the same way for its card.
 */
export function splitProps(
  props: Omit<
    SignUpProps,
    'theme' | 'components' | 'renderField' | 'headingLevel' | 'doneAction' | 'handOff'
  >,
) {
  const options: Record<string, unknown> = {};
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    if (ROOT_PROP.test(key)) rest[key] = value;
    else options[key] = value;
  }
  return { options: options as unknown as UseSignUpOptions, rest: rest as DivProps };
}

/** The step's title as a heading, focusable so focus can land on it after a step change (`<SocialSignUp>` draws it too). */
export function StepTitle({ level }: { level: number }) {
  const signUp = useSignUpContext();
  const Heading = `h${level}` as 'h2';
  return (
    <Heading className="rcs-title" tabIndex={-1} data-rcs-title="">
      {signUp.t(`${signUp.step}.title`)}
    </Heading>
  );
}

export interface SignUpDoneProps extends HTMLAttributes<HTMLDivElement> {
  /** What the person does next (see `<SignUp doneAction>`), below the message. */
  action?: ReactNode;
}

/**
 * The last step, `done` or `signedIn` (after auto sign-in): a confirmation message (the theme
 * draws a success mark beside it), then the passkey offer and `action`.
 */
export const SignUpDone = forwardRef<HTMLDivElement, SignUpDoneProps>(function SignUpDone(
  { className, children, action, ...rest },
  ref,
) {
  const { step, t, username, signedIn } = useSignUpContext();
  if (step !== 'done' && step !== 'signedIn') return null;
  return (
    <div {...rest} ref={ref} className={classNames('rcs-done', className)} data-step={step}>
      {children ?? <p>{t(`${step}.message`, { username })}</p>}
      {/* The passkey step, when auto sign-in offers one (react-cognito-signup/passkey draws it). */}
      {signedIn?.passkey?.view as ReactNode}
      {action && <div className="rcs-done-action">{action}</div>}
    </div>
  );
});

/**
 * The complete flow: sign-up form → confirm-code form with resend → done, built only from
 * {@link useSignUp}. Unstyled unless you import `react-cognito-signup/styles.css`.
 * State attributes on the root: `data-step`, `data-status`, `data-theme`.
 */
export const SignUp = forwardRef<HTMLDivElement, SignUpProps>(function SignUp(
  { theme, components, renderField, headingLevel = 2, doneAction, handOff, ...props },
  ref,
) {
  const { options, rest } = splitProps(props);
  const signUp = useSignUp(options);
  const root = useRef<HTMLDivElement>(null);
  const rootRef = useMemo(() => composeRefs(root, ref), [ref]);
  const previousStep = useRef(signUp.step);

  // After a step change to done or back to the form, focus the title (the hook focuses the code).
  useEffect(() => {
    if (previousStep.current === signUp.step) return;
    previousStep.current = signUp.step;
    if (signUp.step !== 'confirm')
      root.current?.querySelector<HTMLElement>('[data-rcs-title]')?.focus();
  }, [signUp.step]);

  const { Header, Footer, Submit: CustomSubmit } = components ?? {};
  const submit = CustomSubmit ? <CustomSubmit signUp={signUp} /> : <Submit />;
  const header = Header ? <Header signUp={signUp} /> : <StepTitle level={headingLevel} />;
  const forms = (
    <>
      <Status />
      <SignUpForm renderField={renderField} submit={submit} />
      <ConfirmSignUpForm submit={submit} />
      <SignUpDone action={doneAction} />
    </>
  );
  // The app moves on after sign-in (`handOff`): no welcome before its next page replaces the card.
  const handingOff = handOff && signUp.step === 'signedIn' && !signUp.signedIn?.passkey;
  return (
    <SignUpContext.Provider value={signUp}>
      <div
        // The catalog's language and direction, unless the app gives its own.
        lang={signUp.t('locale.code')}
        dir={signUp.t('locale.dir')}
        {...rest}
        ref={rootRef}
        className={classNames('rcs', rest.className)}
        data-step={signUp.step}
        data-status={signUp.status}
        data-theme={theme}
        aria-busy={handingOff || undefined}
      >
        {handingOff ? null : (
          <>
            {header}
            {forms}
          </>
        )}
        {Footer && <Footer signUp={signUp} />}
      </div>
    </SignUpContext.Provider>
  );
});

import type { Problem } from '../errors/index.js';
import type { LocalizedText } from '../messages/index.js';
import type { SignUpInput } from '../wire/index.js';
import { checkAttributeName } from '../wire/index.js';
import { asText } from './asText.js';
import {
  ATTRIBUTE_CATALOG,
  type InputKind,
  isStandardAttribute,
  type StandardAttributeName,
} from './attributeCatalog.js';

/** Where a field's value goes in the SignUp request. */
export type FieldDestination = 'attribute' | 'clientMetadata' | 'validationData';

/** What a username is: a plain name, the email address, or the phone number. */
export type UsernameMode = 'username' | 'email' | 'phone_number';

/** A choice of a `select` field. */
export interface FieldOption {
  value: string;
  /** Text shown; a message key `option.<field>.<value>` overrides it when present. */
  label?: string;
}

/** One field of the sign-up form as the developer describes it. */
export interface FieldConfig {
  /** Attribute name (`email`, `custom:plan`) or, for metadata fields, the key sent. */
  name: string;
  /** Input kind; standard attributes know theirs, others default to `text`. */
  kind?: InputKind;
  /** Default `attribute`; `clientMetadata`/`validationData` for values that are not attributes. */
  destination?: FieldDestination;
  required?: boolean;
  /** Overrides the label message; one text, or one per language (`{ en: 'Plan', de: 'Tarif' }`). */
  label?: LocalizedText;
  /** Overrides the hint message; one text, or one per language. */
  hint?: LocalizedText;
  placeholder?: LocalizedText;
  /** `select` choices. */
  options?: FieldOption[];
  /** `number`: bounds of the value. */
  min?: number;
  max?: number;
  /** Text: bounds of the length. */
  minLength?: number;
  maxLength?: number;
  /** Text: the whole value must match. */
  pattern?: RegExp | string;
  autoComplete?: string;
  /** Position among the fields (lower first); fields keep their given order otherwise. */
  order?: number;
  defaultValue?: string | boolean;
  /** Phone fields, with the phone support: the country preselected in its list (ISO 3166). */
  defaultCountry?: string;
  /**
   * Shown but not changeable (the email an invitation was sent to): `readOnly` and
   * `aria-readonly`, still validated and sent. For inputs that take text.
   */
  readOnly?: boolean;
  /**
   * Links in the label, by placeholder: `label: 'I accept the {terms} and the {privacy}'` with
   * `links: { terms: { href: '/terms', label: 'terms of service' } }`. Drawn as links, no HTML
   * strings; `http(s):` or same-site paths only.
   */
  links?: Readonly<Record<string, FieldLink>>;
  /**
   * A consent box (`kind: 'checkbox'`): ticked, it sends `<version> <ISO time>` (what was
   * accepted, and when) where `destination` says (a custom attribute, or ClientMetadata for a
   * trigger); required and left unticked, its own message (`validation.consent`).
   */
  consent?: { version: string };
}

/** A link in a field's label. */
export interface FieldLink {
  href: string;
  /** The link's text; one, or one per language. */
  label: LocalizedText;
}

/** A field given by name only (`'email'`) or in full. */
export type FieldInput = StandardAttributeName | `custom:${string}` | FieldConfig;

/** A field ready to render: every property settled. */
export interface FormField {
  name: string;
  kind: InputKind;
  destination: FieldDestination | 'username' | 'password' | 'confirmPassword';
  required: boolean;
  autoComplete: string;
  format?: 'email' | 'phone' | 'date' | 'url' | undefined;
  label?: LocalizedText | undefined;
  hint?: LocalizedText | undefined;
  placeholder?: LocalizedText | undefined;
  options?: FieldOption[] | undefined;
  min?: number | undefined;
  max?: number | undefined;
  minLength?: number | undefined;
  maxLength?: number | undefined;
  pattern?: RegExp | undefined;
  /** Phone fields: the country preselected (see {@link FieldConfig}). */
  defaultCountry?: string | undefined;
  order: number;
  defaultValue: string | boolean;
  /** Shown but not changeable: read-only, still validated and sent. */
  readOnly?: boolean | undefined;
  /** Links in the label, by placeholder. */
  links?: Readonly<Record<string, FieldLink>> | undefined;
  /** A consent box: what its tick records. */
  consent?: { version: string } | undefined;
}

export interface FormOptions {
  usernameMode?: UsernameMode;
  /** Adds a `preferred_username` field. */
  preferredUsername?: boolean;
  fields?: readonly FieldInput[];
  /** Adds a confirm-password field. */
  confirmPassword?: boolean;
  /** No password field (passwordless sign-up). */
  passwordless?: boolean;
  /**
   * The catalog's `locale.names`: `'family given'` shows `family_name` before `given_name` when
   * both are listed and neither has an `order`.
   */
  nameOrder?: string;
}

/** Values of the sign-up form, by field name. */
export type FormValues = Record<string, string | boolean>;

/** A field's validation problem (the one {@link Problem} shape of every check). */
export type FieldProblem = Problem;

/** Built-in fields: a `fields` entry with one of these names only overrides its presentation. */
const BUILT_IN = new Set(['username', 'password', 'confirmPassword']);

/** What a `fields` entry may change on a built-in field. */
const PRESENTATION = ['label', 'hint', 'placeholder', 'order', 'defaultValue', 'readOnly'] as const;

function presentation(config: FieldConfig | undefined): Partial<FormField> {
  const out: Record<string, unknown> = {};
  for (const key of PRESENTATION) if (config?.[key] !== undefined) out[key] = config[key];
  return out as Partial<FormField>;
}

/** The format rule an input kind brings (`email`, `phone`, `date`, `url`), if any. */
function formatOf(kind: InputKind): FormField['format'] {
  return kind === 'email' || kind === 'phone' || kind === 'date' || kind === 'url'
    ? kind
    : undefined;
}

function compilePattern(pattern: RegExp | string | undefined): RegExp | undefined {
  if (pattern === undefined) return undefined;
  const source = typeof pattern === 'string' ? pattern : pattern.source;
  const flags = typeof pattern === 'string' ? 'u' : pattern.flags.replace(/[gy]/g, '');
  return new RegExp(`^(?:${source})$`, flags);
}

/** A field with every property at its default (optional, no format, attribute). */
export function createField(name: string, kind: InputKind, order = 0): FormField {
  return {
    name,
    kind,
    destination: 'attribute',
    required: false,
    autoComplete: 'off',
    order,
    defaultValue: kind === 'checkbox' ? false : '',
  };
}

/** The fields a person signs in with: the password is placed after the last of them. */
const CREDENTIAL_FIELDS = new Set(['username', 'preferred_username', 'email', 'phone_number']);

/**
 * The fields to render, in order: username, the configured fields with the password (and the
 * confirm-password field when asked for) right after the credentials among them. `problems`
 * lists configuration mistakes (they block submitting with a ConfigurationError, they do not
 * throw).
 */
export function resolveFields(options: FormOptions): { fields: FormField[]; problems: string[] } {
  const mode = options.usernameMode ?? 'username';
  const problems: string[] = [];
  const fields: FormField[] = [];
  const overrides = new Map<string, FieldConfig>();
  for (const input of options.fields ?? []) {
    if (input && typeof input === 'object' && BUILT_IN.has(input.name))
      overrides.set(input.name, input);
  }
  const username = createField(
    'username',
    mode === 'phone_number' ? 'phone' : mode === 'email' ? 'email' : 'text',
    0,
  );
  fields.push({
    ...username,
    destination: 'username',
    required: true,
    autoComplete: mode === 'phone_number' ? 'tel' : mode === 'email' ? 'email' : 'username',
    format: formatOf(username.kind),
    ...presentation(overrides.get('username')),
  });

  const inputs: FieldInput[] = [
    ...(options.preferredUsername ? ['preferred_username' as const] : []),
    ...(options.fields ?? []),
  ];
  if (options.nameOrder === 'family given') {
    const at = (name: string) =>
      inputs.findIndex(
        (input) =>
          (typeof input === 'object' ? input?.order === undefined && input?.name : input) === name,
      );
    const given = at('given_name');
    const family = at('family_name');
    if (given >= 0 && family > given)
      [inputs[given], inputs[family]] = [inputs[family] as FieldInput, inputs[given] as FieldInput];
  }
  const seen = new Set<string>();
  inputs.forEach((input, index) => {
    const config: FieldConfig = typeof input === 'string' ? { name: input } : input;
    if (!config || typeof config.name !== 'string' || !config.name) {
      problems.push(
        process.env.NODE_ENV === 'production' ? `${index}` : `fields[${index}] has no name.`,
      );
      return;
    }
    const { name } = config;
    // The username already is this attribute; built-ins were handled above.
    if ((mode !== 'username' && name === mode) || BUILT_IN.has(name)) return;
    if (seen.has(name)) {
      problems.push(
        process.env.NODE_ENV === 'production' ? name : `"${name}" is configured twice.`,
      );
      return;
    }
    seen.add(name);
    const destination = config.destination ?? 'attribute';
    if (destination === 'attribute') {
      if (!isStandardAttribute(name) && !name.startsWith('custom:')) {
        problems.push(
          process.env.NODE_ENV === 'production'
            ? name
            : `"${name}" is neither a standard attribute nor custom:*; send it with destination "clientMetadata" or "validationData".`,
        );
        return;
      }
      const issue = checkAttributeName(name);
      if (issue) {
        problems.push(issue.message);
        return;
      }
    }
    const spec =
      isStandardAttribute(name) && destination === 'attribute'
        ? ATTRIBUTE_CATALOG[name]
        : undefined;
    const kind = config.kind ?? spec?.kind ?? 'text';
    if (kind === 'select' && !config.options?.length)
      problems.push(
        process.env.NODE_ENV === 'production' ? name : `"${name}" is a select without options.`,
      );
    let pattern: RegExp | undefined;
    try {
      pattern = compilePattern(config.pattern);
    } catch {
      problems.push(
        process.env.NODE_ENV === 'production' ? name : `"${name}" has an invalid pattern.`,
      );
    }
    const field = createField(name, kind, config.order ?? (index + 1) * 10);
    fields.push({
      // label, hint, placeholder, options, min, max, minLength, maxLength as configured.
      ...config,
      ...field,
      destination,
      required: config.required ?? false,
      autoComplete:
        config.autoComplete ??
        spec?.autoComplete ??
        (kind === 'phone' ? 'tel' : kind === 'email' ? 'email' : 'off'),
      format: formatOf(kind),
      pattern,
      defaultValue: config.defaultValue ?? field.defaultValue,
    });
  });

  // The password goes with the credentials: after the username and the contact fields
  // (preferred_username, email, phone_number), before other attributes and consent boxes.
  const credentials = fields.filter((f) => CREDENTIAL_FIELDS.has(f.name)).map((f) => f.order);
  const passwordOrder = Math.max(0, ...credentials) + 5;
  if (!options.passwordless) {
    fields.push({
      ...createField('password', 'password', passwordOrder),
      destination: 'password',
      required: true,
      autoComplete: 'new-password',
      ...presentation(overrides.get('password')),
    });
  }
  if (options.confirmPassword && !options.passwordless) {
    fields.push({
      ...createField('confirmPassword', 'password', passwordOrder + 1),
      destination: 'confirmPassword',
      required: true,
      autoComplete: 'new-password',
      ...presentation(overrides.get('confirmPassword')),
    });
  }
  // Stable: equal orders keep their given sequence.
  fields.sort((a, b) => a.order - b.order);
  return { fields, problems };
}

/** Extra request content that does not come from fields. */
export interface RequestExtras {
  usernameMode?: UsernameMode;
  clientMetadata?: Record<string, string>;
  validationData?: Record<string, string>;
  analyticsEndpointId?: string;
}

function wireValue(field: FormField, raw: string | boolean | undefined): string | undefined {
  if (field.kind === 'checkbox') {
    // A consent records what was accepted, and when.
    if (raw !== true) return 'false';
    return field.consent ? `${field.consent.version} ${new Date().toISOString()}` : 'true';
  }
  const value = asText(raw);
  return value === '' ? undefined : value;
}

/** The `signUp` input for the form's values: attributes, ClientMetadata and ValidationData sorted out. */
export function toSignUpInput(
  fields: readonly FormField[],
  values: FormValues,
  extras: RequestExtras,
): SignUpInput {
  const username = asText(values.username);
  const attributes: Record<string, string> = {};
  const clientMetadata: Record<string, string> = { ...extras.clientMetadata };
  const validationData: Record<string, string> = { ...extras.validationData };
  const mode = extras.usernameMode ?? 'username';
  // Email or phone as username: the attribute is the username too.
  if (mode !== 'username') attributes[mode] = username;
  for (const field of fields) {
    const value = wireValue(field, values[field.name]);
    if (value === undefined) continue;
    if (field.destination === 'attribute') attributes[field.name] = value;
    else if (field.destination === 'clientMetadata') clientMetadata[field.name] = value;
    else if (field.destination === 'validationData') validationData[field.name] = value;
  }
  const input: SignUpInput = { username };
  // Passwordless sign-up has no password field, and sends no Password.
  if (fields.some((f) => f.destination === 'password')) input.password = asText(values.password);
  if (Object.keys(attributes).length) input.attributes = attributes;
  if (Object.keys(clientMetadata).length) input.clientMetadata = clientMetadata;
  if (Object.keys(validationData).length) input.validationData = validationData;
  if (extras.analyticsEndpointId) input.analyticsEndpointId = extras.analyticsEndpointId;
  return input;
}

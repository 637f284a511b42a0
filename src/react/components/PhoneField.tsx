import {
  forwardRef,
  type InputHTMLAttributes,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
} from 'react';
import { loadPhoneNumbers, phoneCountryKey } from '../../core/phoneNumbers.js';
import { useFieldContext, useSignUpContext } from './context.js';
import { ErrorMessage, Hint, Input, Label } from './parts.js';

interface Country {
  code: string;
  dial: string;
  name: string;
}

/** Country names in the catalog's language, where the browser knows them. */
function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export interface PhoneInputProps extends InputHTMLAttributes<HTMLInputElement> {
  /** ISO 3166 country preselected in the country list (see {@link PhoneCountrySelectProps}). */
  defaultCountry?: string;
}

/** Props of the country `<select>` of a phone field. */
export interface PhoneCountrySelectProps {
  /**
   * ISO 3166 country preselected in the country list. Default: the field's `defaultCountry`,
   * then the phone support's, then the region of the page's language (`navigator.language`,
   * read after hydration), then `US`.
   */
  defaultCountry?: string;
}

const noSubscription = () => () => {};
const noRegion = () => undefined;

/** The region of the browser's language (`de-AT` → `AT`, `fr` → `FR`), if it tells one. */
function pageRegion(): string | undefined {
  try {
    return new Intl.Locale(navigator.language).maximize().region;
  } catch {
    return undefined;
  }
}

/**
 * The phone field's country `<select>` (names in the catalog's language, dial codes); a
 * national number is read with the country chosen here. libphonenumber-js loads with it.
 */
export function PhoneCountrySelect(props: PhoneCountrySelectProps) {
  const { field } = useFieldContext();
  const { form, t, phone: support } = useSignUpContext();
  const fixed = props.defaultCountry ?? field.defaultCountry ?? support?.defaultCountry;
  // The page's region, read on the client only: hydration renders what the server did (`US`).
  const region = useSyncExternalStore(noSubscription, pageRegion, noRegion);
  const defaultCountry = fixed ?? region ?? 'US';
  const [countries, setCountries] = useState<Country[] | null>(null);
  const locale = t('locale.code');
  const countryKey = phoneCountryKey(field.name);

  useEffect(() => {
    let active = true;
    loadPhoneNumbers()
      .then((phone) => {
        if (!active) return;
        setCountries(
          phone.getCountries().map((code) => ({
            code,
            dial: phone.getCountryCallingCode(code),
            name: countryName(code, locale),
          })),
        );
      })
      .catch(() => {
        // Without the list, the number can still be typed with its + prefix.
      });
    return () => {
      active = false;
    };
  }, [locale]);

  const sorted = useMemo(
    () => countries?.slice().sort((a, b) => a.name.localeCompare(b.name, locale)),
    [countries, locale],
  );
  const country = form.register(countryKey);
  // Until the user picks one, the default follows (it may arrive after mount); `countries`
  // re-applies it once the full list is rendered.
  useEffect(() => {
    if (!form.getFieldState(countryKey).isDirty) form.setValue(countryKey, defaultCountry);
  }, [form, countryKey, defaultCountry, countries]);

  return (
    <select
      {...country}
      className="rcs-input rcs-phone-country"
      aria-label={t('phone.country')}
      autoComplete="tel-country-code"
      defaultValue={defaultCountry}
    >
      {(
        sorted ?? [{ code: defaultCountry, dial: '', name: countryName(defaultCountry, locale) }]
      ).map((c) => (
        <option key={c.code} value={c.code}>
          {c.name}
          {c.dial ? ` +${c.dial}` : ''}
        </option>
      ))}
    </select>
  );
}

/**
 * A country selector and a tel input. The number may be typed in national format; it is
 * sent in E.164.
 */
export const PhoneInput = forwardRef<HTMLInputElement, PhoneInputProps>(function PhoneInput(
  { defaultCountry, ...props },
  ref,
) {
  return (
    <div className="rcs-phone">
      <PhoneCountrySelect defaultCountry={defaultCountry} />
      <Input {...props} ref={ref} />
    </div>
  );
});

/**
 * What a phone field with a country list says, by language: the catalogs' `validation.phone`
 * and `field.phone_number.hint` ask for the country code, which the list already gives. A
 * catalog (or `messages`) may say it its own way with the keys `phone.hint` and `phone.invalid`.
 */
const WORDS: Record<string, [hint: string, invalid: string]> = {
  en: [
    'Choose the country, then type your number.',
    'This number is not valid for the country chosen.',
  ],
  es: ['Elige el país y escribe tu número.', 'Este número no es válido para el país elegido.'],
  fr: [
    'Choisissez le pays, puis saisissez votre numéro.',
    'Ce numéro n’est pas valide pour le pays choisi.',
  ],
  de: [
    'Wählen Sie das Land und geben Sie dann Ihre Nummer ein.',
    'Diese Nummer ist für das gewählte Land ungültig.',
  ],
  ja: [
    '国を選んでから電話番号を入力してください。',
    '選択した国の電話番号として正しくありません。',
  ],
  pt: ['Escolha o país e digite seu número.', 'Este número não é válido para o país escolhido.'],
  it: [
    'Scegli il paese, poi inserisci il tuo numero.',
    'Questo numero non è valido per il paese scelto.',
  ],
  nl: ['Kies het land en typ dan je nummer.', 'Dit nummer is niet geldig voor het gekozen land.'],
  pl: [
    'Wybierz kraj, a następnie wpisz swój numer.',
    'Ten numer jest nieprawidłowy dla wybranego kraju.',
  ],
  sv: ['Välj land och skriv sedan ditt nummer.', 'Numret är inte giltigt för det valda landet.'],
  zh: ['请先选择国家或地区，再输入你的号码。', '该号码对所选国家或地区无效。'],
  ko: ['국가를 선택한 다음 번호를 입력해 주세요.', '선택한 국가의 전화번호 형식이 아니에요.'],
};

/**
 * A phone field's parts with the phone support: label, country list and number, a hint and a
 * validation error that speak of the country chosen (a hint of the field's own wins).
 */
export function PhoneFieldBody() {
  const { field, fieldError } = useFieldContext();
  const { t } = useSignUpContext();
  const language = t('locale.code').split('-')[0] ?? 'en';
  const [hint, invalid] = (Object.hasOwn(WORDS, language) ? WORDS[language] : WORDS.en) as [
    string,
    string,
  ];
  const say = (key: string, fallback: string) => {
    const text = t(key);
    return text === key ? fallback : text;
  };
  return (
    <>
      <Label />
      <div className="rcs-phone">
        <PhoneCountrySelect />
        <Input />
      </div>
      <Hint>{field.hint ?? say('phone.hint', hint)}</Hint>
      <ErrorMessage>
        {fieldError?.type === 'phone' ? say('phone.invalid', invalid) : undefined}
      </ErrorMessage>
    </>
  );
}

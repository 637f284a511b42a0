import {
  forwardRef,
  type InputHTMLAttributes,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
} from 'react';
import { loadPhoneNumbers, phoneCountryKey } from '../../core/extensions/index.js';
import { localizedText } from '../../core/messages/index.js';
import { useFieldContext, useSignUpContext } from './context.js';
import { ErrorMessage, Hint, Input, Label } from './elementParts.js';

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
 * A phone field's parts with the phone support: label, country list and number, a hint that
 * speaks of the country list (`phone.hint`; a hint of the field's own wins) and the error (a
 * number not valid for the country chosen: `phone.invalid`).
 */
export function PhoneFieldBody() {
  const { field } = useFieldContext();
  const { t } = useSignUpContext();
  return (
    <>
      <Label />
      <PhoneInput />
      <Hint>{localizedText(field.hint, t('locale.code')) ?? t('phone.hint')}</Hint>
      <ErrorMessage />
    </>
  );
}

import type { Messages } from './en.js';

/** Polish. */
export const pl: Messages = {
  'locale.code': 'pl',
  'locale.dir': 'ltr',
  'locale.names': 'given family',
  'signUp.title': 'Utwórz konto',
  'signUp.submit': 'Utwórz konto',
  'signUp.submitting': 'Tworzenie konta…',
  'signUp.haveCode': 'Mam już kod',
  'confirm.title': 'Potwierdź konto',
  'confirm.instructions': 'Wysłaliśmy kod {medium} na {destination}. Wpisz go poniżej.',
  'confirm.instructionsNoDestination':
    'Z tej strony nie wysłano żadnego kodu. Jeśli masz kod dla konta {username}, wpisz go poniżej lub poproś o nowy.',
  'confirm.submit': 'Potwierdź',
  'confirm.submitting': 'Potwierdzanie…',
  'confirm.resend': 'Wyślij nowy kod',
  'confirm.resendIn': 'Wyślij nowy kod za {seconds} s',
  'confirm.resent': 'Nowy kod został wysłany na {destination}.',
  'confirm.startOver': 'Zacznij od nowa',
  'done.title': 'Gotowe',
  'done.message': 'Konto jest gotowe. Możesz się teraz zalogować.',
  'signedIn.title': 'Witaj',
  'signedIn.message': 'Konto jest gotowe. Zalogowano jako {username}.',
  // The passkey step (react-cognito-signup/passkey).
  'passkey.offer':
    'Dodaj klucz dostępu, a następnym razem zalogujesz się za pomocą odcisku palca, rozpoznawania twarzy lub blokady ekranu zamiast hasła.',
  'passkey.add': 'Dodaj klucz dostępu',
  'passkey.skip': 'Nie teraz',
  'passkey.continue': 'Dalej',
  'passkey.registering': 'Postępuj zgodnie z instrukcjami urządzenia lub przeglądarki.',
  'passkey.registered': 'Dodano klucz dostępu. Następnym razem zaloguj się za jego pomocą.',
  'passkey.error.NotAllowedError':
    'Nie dodano klucza dostępu: operację anulowano lub upłynął jej czas. Spróbuj ponownie lub na razie pomiń ten krok.',
  'passkey.error.InvalidStateError':
    'To urządzenie ma już klucz dostępu do tego konta: możesz się nim zalogować.',
  'passkey.error.LimitExceededException':
    'Konto ma już maksymalną liczbę kluczy dostępu. Usuń jeden w ustawieniach konta, aby dodać kolejny.',
  'passkey.error.TooManyRequestsException': 'Zbyt wiele prób. Odczekaj chwilę i spróbuj ponownie.',
  'passkey.error.NotAuthorizedException':
    'Sesja wygasła, więc nie dodano klucza dostępu. Zaloguj się ponownie, aby go dodać.',
  'passkey.error.unavailable':
    'Klucze dostępu nie są tu jeszcze dostępne. Zalogowano; klucz możesz dodać później.',
  'passkey.error.failed':
    'Nie udało się dodać klucza dostępu. Spróbuj ponownie lub na razie pomiń ten krok.',
  // Social sign-up (react-cognito-signup/social).
  'social.or': 'lub',
  'social.continueWith': 'Kontynuuj z {provider}',
  'social.completing': 'Logowanie przez {provider}…',
  'social.profile.title': 'Uzupełnij profil',
  'social.profile.message':
    'Jeszcze jeden krok: ta aplikacja potrzebuje kilku danych, których nie udostępniła usługa {provider}.',
  'social.profile.submit': 'Dalej',
  'social.verify.title': 'Zweryfikuj dane kontaktowe',
  'social.verify.message': 'Wysłaliśmy kod na {destination}. Wpisz go, aby dokończyć.',
  'social.verify.submit': 'Zweryfikuj',
  'social.useForm': 'Użyj formularza rejestracji',
  'social.error.Cancelled':
    'Logowanie przez {provider} zostało anulowane. Spróbuj ponownie lub zarejestruj się za pomocą formularza poniżej.',
  'social.error.StateMismatch':
    'Tego logowania nie można uznać za bezpieczne: zostało już użyte, wygasło lub nie rozpoczęło się na tej stronie. Zacznij od nowa.',
  'social.error.Expired': 'To logowanie wygasło lub zostało już użyte. Zacznij od nowa.',
  'social.error.AttributeNotShared':
    'Usługa {provider} nie udostępniła danych wymaganych przez tę aplikację: {attribute}. Zarejestruj się za pomocą formularza poniżej lub zezwól usłudze {provider} na ich udostępnienie i spróbuj ponownie.',
  'social.error.ProviderUnavailable':
    'Logowanie przez {provider} jest tu niedostępne. Zarejestruj się za pomocą formularza poniżej.',
  'social.error.Failed':
    'Logowanie przez {provider} nie powiodło się. Spróbuj ponownie lub zarejestruj się za pomocą formularza poniżej.',
  // Confirmation by link (react-cognito-signup/link).
  'link.incomplete':
    'Ten link potwierdzający jest niekompletny. Otwórz link z najnowszej wiadomości, którą wysłaliśmy, lub wpisz kod.',
  'medium.EMAIL': 'e-mailem',
  'medium.SMS': 'SMS-em',
  'field.optional': ' (opcjonalnie)',
  'field.select.placeholder': 'Wybierz…',
  'field.username.label': 'Nazwa użytkownika',
  'field.password.label': 'Hasło',
  'field.confirmPassword.label': 'Potwierdź hasło',
  'field.code.label': 'Kod potwierdzający',
  'field.code.hint': 'Kod z wiadomości, którą wysłaliśmy.',
  'field.address.label': 'Adres',
  'field.birthdate.label': 'Data urodzenia',
  'field.email.label': 'Adres e-mail',
  'field.family_name.label': 'Nazwisko',
  'field.gender.label': 'Płeć',
  'field.given_name.label': 'Imię',
  'field.locale.label': 'Język',
  'field.middle_name.label': 'Drugie imię',
  'field.name.label': 'Imię i nazwisko',
  'field.nickname.label': 'Pseudonim',
  'field.phone_number.label': 'Numer telefonu',
  'field.phone_number.hint': 'Z numerem kierunkowym kraju, np. +48512345678.',
  'field.picture.label': 'URL zdjęcia',
  'field.preferred_username.label': 'Preferowana nazwa użytkownika',
  'field.profile.label': 'URL profilu',
  'field.website.label': 'Strona internetowa',
  'field.zoneinfo.label': 'Strefa czasowa',
  'password.show': 'Pokaż hasło',
  'password.requirements': 'Wymagania dotyczące hasła',
  'password.rule.minLength': 'Co najmniej {min} znaku',
  'password.rule.uppercase': 'Wielka litera',
  'password.rule.lowercase': 'Mała litera',
  'password.rule.number': 'Cyfra',
  'password.rule.symbol': 'Znak specjalny',
  'password.rule.met': 'spełnione',
  'password.rule.unmet': 'jeszcze niespełnione',
  'phone.country': 'Kraj',
  'phone.hint': 'Wybierz kraj, a następnie wpisz swój numer.',
  'phone.invalid': 'Ten numer jest nieprawidłowy dla wybranego kraju.',
  'password.rule.breached': 'Nie występuje w znanych wyciekach danych',
  'validation.breached': 'To hasło pojawiło się w wycieku danych. Wybierz inne.',
  'validation.breachedWarning':
    'To hasło pojawiło się w wyciekach danych {count} razy. Wybierz inne albo wyślij formularz ponownie, aby je zachować.',
  'validation.breachedWarning.one':
    'To hasło pojawiło się w wyciekach danych {count} raz. Wybierz inne albo wyślij formularz ponownie, aby je zachować.',
  'validation.breachedWarning.few':
    'To hasło pojawiło się w wyciekach danych {count} razy. Wybierz inne albo wyślij formularz ponownie, aby je zachować.',
  'validation.breachedWarning.many':
    'To hasło pojawiło się w wyciekach danych {count} razy. Wybierz inne albo wyślij formularz ponownie, aby je zachować.',
  'validation.breachedUnchecked':
    'Nie udało się sprawdzić tego hasła w znanych wyciekach danych. Spróbuj ponownie za chwilę.',
  'validation.required': 'To pole jest wymagane.',
  'validation.consent': 'Zaakceptuj, aby utworzyć konto.',
  'validation.tooLong': 'Użyj maksymalnie {max} znaku.',
  'validation.tooShort': 'Użyj co najmniej {min} znaku.',
  'validation.pattern': 'Ta wartość nie jest akceptowana.',
  'validation.whitespace': 'Usuń spacje z początku lub końca.',
  'validation.spaces': 'Nazwa użytkownika nie może zawierać spacji.',
  'validation.email': 'Wpisz adres e-mail, np. nazwa@example.com.',
  'validation.phone': 'Wpisz numer telefonu z numerem kierunkowym kraju, np. +48512345678.',
  'validation.date': 'Wpisz datę w formacie RRRR-MM-DD.',
  'validation.url': 'Wpisz adres strony zaczynający się od https://.',
  'validation.number': 'Wpisz liczbę.',
  'validation.min': 'Wpisz wartość co najmniej {min}.',
  'validation.max': 'Wpisz wartość co najwyżej {max}.',
  'validation.passwordPolicy': 'Hasło nie spełnia wszystkich wymagań.',
  'validation.mismatch': 'Hasła nie są takie same.',
  'error.InvalidParameterException':
    'Niektóre dane nie zostały zaakceptowane. Sprawdź formularz i spróbuj ponownie.',
  'error.verifiedContactMissing':
    'Potrzebujemy Twojego adresu e-mail lub numeru telefonu, aby wysłać kod.',
  'error.UnexpectedLambdaException':
    'Rejestracja jest teraz niedostępna. Spróbuj ponownie później.',
  'error.UserLambdaValidationException': '{lambdaMessage}',
  'error.lambdaRejected':
    'Rejestracja nie została zaakceptowana. Sprawdź dane lub spróbuj ponownie później.',
  'error.NotAuthorizedException': 'To żądanie jest niedozwolone.',
  'error.InvalidPasswordException': 'To hasło nie spełnia wymagań.',
  'error.UsernameExistsException': 'Konto z tą nazwą użytkownika już istnieje.',
  'error.UsernameExistsException.email': 'Konto z tym adresem e-mail już istnieje.',
  'error.UsernameExistsException.phone_number': 'Konto z tym numerem telefonu już istnieje.',
  'error.TooManyRequestsException': 'Zbyt wiele prób. Odczekaj chwilę i spróbuj ponownie.',
  'error.UsernameExistsException.unconfirmed':
    'To konto nie zostało jeszcze potwierdzone. Wybierz „Mam już kod”, aby je potwierdzić, lub zarejestruj się, podając inne dane.',
  'error.UsernameExistsException.unconfirmedTo':
    'Konto {username} czeka na potwierdzenie: kod wysłano na {destination}. Jeśli to Twój adres, wybierz „Mam już kod”; jeśli nie, zarejestruj się, podając inną nazwę użytkownika.',
  'error.InternalErrorException': 'Coś poszło nie tak po naszej stronie. Spróbuj ponownie.',
  'error.LimitExceededException': 'Zbyt wiele prób. Spróbuj ponownie później.',
  'error.CodeDeliveryFailureException': 'Nie udało się wysłać kodu. Sprawdź adres lub numer.',
  'error.ForbiddenException': 'To żądanie zostało zablokowane.',
  'error.TooManyFailedAttemptsException':
    'Zbyt wiele błędnych kodów. Odczekaj chwilę i spróbuj ponownie.',
  'error.CodeMismatchException': 'Ten kod jest nieprawidłowy. Sprawdź go i spróbuj ponownie.',
  'error.ExpiredCodeException': 'Ten kod wygasł. Wyślij nowy.',
  'error.AliasExistsException':
    'Ten adres e-mail lub numer telefonu jest już używany przez inne konto.',
  'error.UserNotFoundException': 'Nie znaleziono tego konta.',
  'error.OperationNotEnabledException': 'Rejestracja nie jest włączona.',
  'error.NetworkError': 'Nie udało się połączyć z serwerem. Sprawdź połączenie i spróbuj ponownie.',
  'error.TimeoutError': 'Serwer zbyt długo nie odpowiadał. Spróbuj ponownie.',
  'error.AbortError': 'Żądanie zostało anulowane.',
  'error.InvalidResponseError': 'Serwer wysłał nieoczekiwaną odpowiedź. Spróbuj ponownie.',
  'error.ConfigurationError': 'Rejestracja nie jest poprawnie skonfigurowana.',
  'error.SignUpCancelled': '{message}',
  'error.UnknownError': 'Coś poszło nie tak. Spróbuj ponownie.',
  'status.confirmStep': 'Sprawdź wiadomości, aby znaleźć kod potwierdzający.',
  'status.done': 'Konto zostało potwierdzone.',
  // Plural forms of the messages with a count (see createTranslator).
  'password.rule.minLength.one': 'Co najmniej {min} znak',
  'validation.tooLong.one': 'Użyj maksymalnie {max} znak.',
  'validation.tooShort.one': 'Użyj co najmniej {min} znak.',
  'password.rule.minLength.few': 'Co najmniej {min} znaki',
  'validation.tooLong.few': 'Użyj maksymalnie {max} znaki.',
  'validation.tooShort.few': 'Użyj co najmniej {min} znaki.',
  'password.rule.minLength.many': 'Co najmniej {min} znaków',
  'validation.tooLong.many': 'Użyj maksymalnie {max} znaków.',
  'validation.tooShort.many': 'Użyj co najmniej {min} znaków.',
};

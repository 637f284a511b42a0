import type { Messages } from './en.js';

/** German. */
export const de: Messages = {
  'locale.code': 'de',
  'locale.dir': 'ltr',
  'locale.names': 'given family',
  'signUp.title': 'Konto erstellen',
  'signUp.submit': 'Konto erstellen',
  'signUp.submitting': 'Konto wird erstellt…',
  'signUp.haveCode': 'Ich habe schon einen Code',
  'confirm.title': 'Konto bestätigen',
  'confirm.instructions':
    'Wir haben einen Code per {medium} an {destination} gesendet. Geben Sie ihn unten ein.',
  'confirm.instructionsNoDestination':
    'Von dieser Seite wurde kein Code gesendet. Wenn Sie einen Code für {username} haben, geben Sie ihn unten ein oder fordern Sie einen neuen an.',
  'confirm.submit': 'Bestätigen',
  'confirm.submitting': 'Wird bestätigt…',
  'confirm.resend': 'Neuen Code senden',
  'confirm.resendIn': 'Neuen Code in {seconds} s senden',
  'confirm.resent': 'Ein neuer Code wurde an {destination} gesendet.',
  'confirm.startOver': 'Neu beginnen',
  'done.title': 'Alles erledigt',
  'done.message': 'Ihr Konto ist bereit. Sie können sich jetzt anmelden.',
  'signedIn.title': 'Willkommen',
  'signedIn.message': 'Ihr Konto ist bereit und Sie sind als {username} angemeldet.',
  // The passkey step (react-cognito-signup/passkey).
  'passkey.offer':
    'Fügen Sie einen Passkey hinzu und melden Sie sich nächstes Mal per Fingerabdruck, Gesichtserkennung oder Displaysperre statt mit einem Passwort an.',
  'passkey.add': 'Passkey hinzufügen',
  'passkey.skip': 'Nicht jetzt',
  'passkey.continue': 'Weiter',
  'passkey.registering': 'Folgen Sie den Anweisungen Ihres Geräts oder Browsers.',
  'passkey.registered': 'Passkey hinzugefügt. Melden Sie sich nächstes Mal damit an.',
  'passkey.error.NotAllowedError':
    'Es wurde kein Passkey hinzugefügt: Der Vorgang wurde abgebrochen oder hat zu lange gedauert. Versuchen Sie es erneut oder überspringen Sie diesen Schritt vorerst.',
  'passkey.error.InvalidStateError':
    'Dieses Gerät hat bereits einen Passkey für Ihr Konto: Sie können sich damit anmelden.',
  'passkey.error.LimitExceededException':
    'Ihr Konto hat bereits die Höchstzahl an Passkeys. Entfernen Sie einen in den Kontoeinstellungen, um einen weiteren hinzuzufügen.',
  'passkey.error.TooManyRequestsException':
    'Zu viele Versuche. Bitte kurz warten und erneut versuchen.',
  'passkey.error.NotAuthorizedException':
    'Ihre Anmeldung ist abgelaufen, daher wurde kein Passkey hinzugefügt. Melden Sie sich erneut an, um einen hinzuzufügen.',
  'passkey.error.unavailable':
    'Passkeys sind hier noch nicht verfügbar. Sie sind angemeldet und können später einen hinzufügen.',
  'passkey.error.failed':
    'Der Passkey konnte nicht hinzugefügt werden. Versuchen Sie es erneut oder überspringen Sie diesen Schritt vorerst.',
  // Social sign-up (react-cognito-signup/social).
  'social.or': 'oder',
  'social.continueWith': 'Weiter mit {provider}',
  'social.completing': 'Sie werden mit {provider} angemeldet…',
  'social.profile.title': 'Profil vervollständigen',
  'social.profile.message':
    'Nur noch ein Schritt: Diese App benötigt einige Angaben, die {provider} nicht übermittelt hat.',
  'social.profile.submit': 'Weiter',
  'social.verify.title': 'Kontaktdaten bestätigen',
  'social.verify.message':
    'Wir haben einen Code an {destination} gesendet. Geben Sie ihn ein, um die Registrierung abzuschließen.',
  'social.verify.submit': 'Bestätigen',
  'social.useForm': 'Mit dem Formular registrieren',
  'social.error.Cancelled':
    'Die Anmeldung mit {provider} wurde abgebrochen. Versuchen Sie es erneut oder registrieren Sie sich mit dem Formular unten.',
  'social.error.StateMismatch':
    'Diese Anmeldung ist nicht vertrauenswürdig, weil sie bereits verwendet wurde, abgelaufen ist oder nicht auf dieser Seite begonnen wurde. Bitte beginnen Sie neu.',
  'social.error.Expired':
    'Diese Anmeldung ist abgelaufen oder wurde bereits verwendet. Bitte beginnen Sie neu.',
  'social.error.AttributeNotShared':
    '{provider} hat eine Angabe nicht übermittelt, die diese App benötigt: {attribute}. Registrieren Sie sich mit dem Formular unten oder erlauben Sie {provider} die Weitergabe und versuchen Sie es erneut.',
  'social.error.ProviderUnavailable':
    'Die Anmeldung mit {provider} ist hier nicht verfügbar. Registrieren Sie sich mit dem Formular unten.',
  'social.error.Failed':
    'Die Anmeldung mit {provider} hat nicht funktioniert. Versuchen Sie es erneut oder registrieren Sie sich mit dem Formular unten.',
  // Confirmation by link (react-cognito-signup/link).
  'link.incomplete':
    'Dieser Bestätigungslink ist unvollständig. Öffnen Sie den Link in der neuesten Nachricht, die wir Ihnen gesendet haben, oder geben Sie den Bestätigungscode ein.',
  'medium.EMAIL': 'E-Mail',
  'medium.SMS': 'SMS',
  'field.optional': ' (optional)',
  'field.select.placeholder': 'Auswählen…',
  'field.username.label': 'Benutzername',
  'field.password.label': 'Passwort',
  'field.confirmPassword.label': 'Passwort bestätigen',
  'field.code.label': 'Bestätigungscode',
  'field.code.hint': 'Der Code aus der Nachricht, die wir Ihnen gesendet haben.',
  'field.address.label': 'Adresse',
  'field.birthdate.label': 'Geburtsdatum',
  'field.email.label': 'E-Mail-Adresse',
  'field.family_name.label': 'Nachname',
  'field.gender.label': 'Geschlecht',
  'field.given_name.label': 'Vorname',
  'field.locale.label': 'Sprache',
  'field.middle_name.label': 'Zweiter Vorname',
  'field.name.label': 'Vollständiger Name',
  'field.nickname.label': 'Spitzname',
  'field.phone_number.label': 'Telefonnummer',
  'field.phone_number.hint': 'Mit Ländervorwahl, z. B. +493023125000.',
  'field.picture.label': 'Bild-URL',
  'field.preferred_username.label': 'Bevorzugter Benutzername',
  'field.profile.label': 'Profil-URL',
  'field.website.label': 'Website',
  'field.zoneinfo.label': 'Zeitzone',
  'password.show': 'Passwort anzeigen',
  'password.requirements': 'Passwortanforderungen',
  'password.rule.minLength': 'Mindestens {min} Zeichen',
  'password.rule.uppercase': 'Ein Großbuchstabe',
  'password.rule.lowercase': 'Ein Kleinbuchstabe',
  'password.rule.number': 'Eine Ziffer',
  'password.rule.symbol': 'Ein Sonderzeichen',
  'password.rule.met': 'erfüllt',
  'password.rule.unmet': 'noch nicht erfüllt',
  'phone.country': 'Land',
  'phone.hint': 'Wählen Sie das Land und geben Sie dann Ihre Nummer ein.',
  'phone.invalid': 'Diese Nummer ist für das gewählte Land ungültig.',
  'password.rule.breached': 'Nicht in bekannten Datenlecks gefunden',
  'validation.breached':
    'Dieses Passwort ist in einem Datenleck aufgetaucht. Wählen Sie ein anderes.',
  'validation.breachedWarning':
    'Dieses Passwort ist {count}-mal in Datenlecks aufgetaucht. Wählen Sie ein anderes oder senden Sie das Formular erneut ab, um es zu behalten.',
  'validation.breachedWarning.one':
    'Dieses Passwort ist {count}-mal in Datenlecks aufgetaucht. Wählen Sie ein anderes oder senden Sie das Formular erneut ab, um es zu behalten.',
  'validation.breachedUnchecked':
    'Dieses Passwort konnte nicht mit bekannten Datenlecks abgeglichen werden. Versuchen Sie es gleich noch einmal.',
  'validation.required': 'Dieses Feld ist erforderlich.',
  'validation.consent': 'Stimmen Sie zu, um Ihr Konto zu erstellen.',
  'validation.tooLong': 'Verwenden Sie höchstens {max} Zeichen.',
  'validation.tooShort': 'Verwenden Sie mindestens {min} Zeichen.',
  'validation.pattern': 'Dieser Wert wird nicht akzeptiert.',
  'validation.whitespace': 'Bitte entfernen Sie die Leerzeichen am Anfang oder Ende.',
  'validation.spaces': 'Benutzernamen dürfen keine Leerzeichen enthalten.',
  'validation.email': 'Geben Sie eine E-Mail-Adresse wie name@example.com ein.',
  'validation.phone': 'Geben Sie eine Telefonnummer mit Ländervorwahl ein, z. B. +493023125000.',
  'validation.date': 'Geben Sie ein Datum im Format JJJJ-MM-TT ein.',
  'validation.url': 'Geben Sie eine Webadresse ein, die mit https:// beginnt.',
  'validation.number': 'Geben Sie eine Zahl ein.',
  'validation.min': 'Geben Sie {min} oder mehr ein.',
  'validation.max': 'Geben Sie {max} oder weniger ein.',
  'validation.passwordPolicy': 'Das Passwort erfüllt nicht alle Anforderungen.',
  'validation.mismatch': 'Die Passwörter stimmen nicht überein.',
  'error.InvalidParameterException':
    'Einige Angaben wurden nicht akzeptiert. Bitte das Formular prüfen und erneut versuchen.',
  'error.verifiedContactMissing':
    'Wir benötigen Ihre E-Mail-Adresse oder Telefonnummer, um Ihnen den Code zu senden.',
  'error.UnexpectedLambdaException':
    'Die Registrierung ist gerade nicht verfügbar. Bitte später erneut versuchen.',
  'error.UserLambdaValidationException': '{lambdaMessage}',
  'error.lambdaRejected':
    'Ihre Registrierung wurde nicht angenommen. Bitte Angaben prüfen oder später erneut versuchen.',
  'error.NotAuthorizedException': 'Diese Anfrage ist nicht erlaubt.',
  'error.InvalidPasswordException': 'Dieses Passwort erfüllt die Anforderungen nicht.',
  'error.UsernameExistsException': 'Es gibt bereits ein Konto mit diesem Benutzernamen.',
  'error.UsernameExistsException.email': 'Es gibt bereits ein Konto mit dieser E-Mail-Adresse.',
  'error.UsernameExistsException.phone_number':
    'Es gibt bereits ein Konto mit dieser Telefonnummer.',
  'error.UsernameExistsException.unconfirmed':
    'Dieses Konto ist noch nicht bestätigt. Wählen Sie „Ich habe schon einen Code“, um es zu bestätigen, oder registrieren Sie sich mit anderen Angaben.',
  'error.UsernameExistsException.unconfirmedTo':
    'Das Konto {username} wartet noch auf die Bestätigung: Der Code wurde an {destination} gesendet. Wenn das Ihre Adresse ist, wählen Sie „Ich habe schon einen Code“; wenn nicht, registrieren Sie sich mit einem anderen Benutzernamen.',
  'error.TooManyRequestsException': 'Zu viele Versuche. Bitte kurz warten und erneut versuchen.',
  'error.InternalErrorException': 'Bei uns ist etwas schiefgelaufen. Bitte erneut versuchen.',
  'error.LimitExceededException': 'Zu viele Versuche. Bitte später erneut versuchen.',
  'error.CodeDeliveryFailureException':
    'Der Code konnte nicht gesendet werden. Bitte Adresse oder Nummer prüfen.',
  'error.ForbiddenException': 'Diese Anfrage wurde blockiert.',
  'error.TooManyFailedAttemptsException':
    'Zu viele falsche Codes. Bitte kurz warten und erneut versuchen.',
  'error.CodeMismatchException': 'Dieser Code ist falsch. Bitte prüfen und erneut versuchen.',
  'error.ExpiredCodeException': 'Dieser Code ist abgelaufen. Bitte einen neuen anfordern.',
  'error.AliasExistsException':
    'Diese E-Mail oder Telefonnummer wird bereits von einem anderen Konto verwendet.',
  'error.UserNotFoundException': 'Dieses Konto wurde nicht gefunden.',
  'error.OperationNotEnabledException': 'Die Registrierung ist nicht aktiviert.',
  'error.NetworkError':
    'Der Server ist nicht erreichbar. Bitte Verbindung prüfen und erneut versuchen.',
  'error.TimeoutError': 'Der Server hat zu lange gebraucht. Bitte erneut versuchen.',
  'error.AbortError': 'Die Anfrage wurde abgebrochen.',
  'error.InvalidResponseError':
    'Der Server hat eine unerwartete Antwort gesendet. Bitte versuchen Sie es erneut.',
  'error.ConfigurationError': 'Die Registrierung ist falsch eingerichtet.',
  'error.SignUpCancelled': '{message}',
  'error.UnknownError': 'Etwas ist schiefgelaufen. Bitte erneut versuchen.',
  'status.confirmStep':
    'Den Bestätigungscode finden Sie in der Nachricht, die wir Ihnen gesendet haben.',
  'status.done': 'Ihr Konto ist bestätigt.',
  // Plural forms of the messages with a count (see createTranslator).
  'validation.tooLong.one': 'Verwenden Sie höchstens {max} Zeichen.',
  'validation.tooShort.one': 'Verwenden Sie mindestens {min} Zeichen.',
};

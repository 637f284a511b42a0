import type { Messages } from './en.js';

/** Dutch. */
export const nl: Messages = {
  'locale.code': 'nl',
  'locale.dir': 'ltr',
  'locale.names': 'given family',
  'signUp.title': 'Maak je account aan',
  'signUp.submit': 'Account aanmaken',
  'signUp.submitting': 'Account wordt aangemaakt…',
  'signUp.haveCode': 'Ik heb al een code',
  'confirm.title': 'Bevestig je account',
  'confirm.instructions':
    'We hebben een code per {medium} gestuurd naar {destination}. Vul hem hieronder in.',
  'confirm.instructionsNoDestination':
    'Er is vanaf deze pagina geen code gestuurd. Heb je een code voor {username}, vul hem dan hieronder in of vraag een nieuwe aan.',
  'confirm.submit': 'Bevestigen',
  'confirm.submitting': 'Bezig met bevestigen…',
  'confirm.resend': 'Nieuwe code sturen',
  'confirm.resendIn': 'Nieuwe code sturen over {seconds} s',
  'confirm.resent': 'Er is een nieuwe code naar {destination} gestuurd.',
  'confirm.startOver': 'Opnieuw beginnen',
  'done.title': 'Helemaal klaar',
  'done.message': 'Je account is klaar. Je kunt nu inloggen.',
  'signedIn.title': 'Welkom',
  'signedIn.message': 'Je account is klaar en je bent ingelogd als {username}.',
  // The passkey step (react-cognito-signup/passkey).
  'passkey.offer':
    'Voeg een passkey toe en log de volgende keer in met je vingerafdruk, gezicht of schermvergrendeling in plaats van een wachtwoord.',
  'passkey.add': 'Passkey toevoegen',
  'passkey.skip': 'Niet nu',
  'passkey.continue': 'Doorgaan',
  'passkey.registering': 'Volg de aanwijzingen van je apparaat of browser.',
  'passkey.registered': 'Passkey toegevoegd. Log de volgende keer daarmee in.',
  'passkey.error.NotAllowedError':
    'Er is geen passkey toegevoegd: het verzoek is geannuleerd of verlopen. Probeer het opnieuw of sla het voorlopig over.',
  'passkey.error.InvalidStateError':
    'Dit apparaat heeft al een passkey voor je account: je kunt daarmee inloggen.',
  'passkey.error.LimitExceededException':
    'Je account heeft al het maximale aantal passkeys. Verwijder er een in je accountinstellingen om een nieuwe toe te voegen.',
  'passkey.error.TooManyRequestsException': 'Te veel pogingen. Wacht even en probeer het opnieuw.',
  'passkey.error.NotAuthorizedException':
    'Je sessie is verlopen, dus er is geen passkey toegevoegd. Log opnieuw in om er een toe te voegen.',
  'passkey.error.unavailable':
    'Passkeys zijn hier nog niet beschikbaar. Je bent ingelogd; je kunt er later een toevoegen.',
  'passkey.error.failed':
    'De passkey kon niet worden toegevoegd. Probeer het opnieuw of sla het voorlopig over.',
  // Social sign-up (react-cognito-signup/social).
  'social.or': 'of',
  'social.continueWith': 'Doorgaan met {provider}',
  'social.completing': 'Je wordt ingelogd met {provider}…',
  'social.profile.title': 'Maak je profiel compleet',
  'social.profile.message':
    'Nog één stap: deze app heeft een paar gegevens nodig die {provider} niet heeft gedeeld.',
  'social.profile.submit': 'Doorgaan',
  'social.verify.title': 'Verifieer je contactgegevens',
  'social.verify.message':
    'We hebben een code gestuurd naar {destination}. Vul hem in om af te ronden.',
  'social.verify.submit': 'Verifiëren',
  'social.useForm': 'Registreren met het formulier',
  'social.error.Cancelled':
    'Inloggen met {provider} is geannuleerd. Probeer het opnieuw of registreer je met het formulier hieronder.',
  'social.error.StateMismatch':
    'Deze inlogpoging is niet te vertrouwen, omdat die al is gebruikt, is verlopen of niet op deze pagina is gestart. Begin opnieuw.',
  'social.error.Expired': 'Deze inlogpoging is verlopen of al gebruikt. Begin opnieuw.',
  'social.error.AttributeNotShared':
    '{provider} heeft je {attribute} niet gedeeld, terwijl deze app dat gegeven nodig heeft. Registreer je met het formulier hieronder, of geef {provider} toestemming om het te delen en probeer het opnieuw.',
  'social.error.ProviderUnavailable':
    'Inloggen met {provider} is hier niet beschikbaar. Registreer je met het formulier hieronder.',
  'social.error.Failed':
    'Inloggen met {provider} is niet gelukt. Probeer het opnieuw of registreer je met het formulier hieronder.',
  // Confirmation by link (react-cognito-signup/link).
  'link.incomplete':
    'Deze bevestigingslink is onvolledig. Open de link in het laatste bericht dat we je stuurden, of vul de code in.',
  'medium.EMAIL': 'e-mail',
  'medium.SMS': 'sms',
  'field.optional': ' (optioneel)',
  'field.select.placeholder': 'Kies…',
  'field.username.label': 'Gebruikersnaam',
  'field.password.label': 'Wachtwoord',
  'field.confirmPassword.label': 'Wachtwoord bevestigen',
  'field.code.label': 'Bevestigingscode',
  'field.code.hint': 'De code uit het bericht dat we je stuurden.',
  'field.address.label': 'Adres',
  'field.birthdate.label': 'Geboortedatum',
  'field.email.label': 'E-mailadres',
  'field.family_name.label': 'Achternaam',
  'field.gender.label': 'Gender',
  'field.given_name.label': 'Voornaam',
  'field.locale.label': 'Taal',
  'field.middle_name.label': 'Tweede naam',
  'field.name.label': 'Volledige naam',
  'field.nickname.label': 'Bijnaam',
  'field.phone_number.label': 'Telefoonnummer',
  'field.phone_number.hint': 'Met landnummer, bijvoorbeeld +31612345678.',
  'field.picture.label': 'Foto-URL',
  'field.preferred_username.label': 'Voorkeursgebruikersnaam',
  'field.profile.label': 'Profiel-URL',
  'field.website.label': 'Website',
  'field.zoneinfo.label': 'Tijdzone',
  'password.show': 'Wachtwoord tonen',
  'password.requirements': 'Wachtwoordvereisten',
  'password.rule.minLength': 'Minstens {min} tekens',
  'password.rule.uppercase': 'Een hoofdletter',
  'password.rule.lowercase': 'Een kleine letter',
  'password.rule.number': 'Een cijfer',
  'password.rule.symbol': 'Een speciaal teken',
  'password.rule.met': 'voldaan',
  'password.rule.unmet': 'nog niet voldaan',
  'phone.country': 'Land',
  'phone.hint': 'Kies het land en typ dan je nummer.',
  'phone.invalid': 'Dit nummer is niet geldig voor het gekozen land.',
  'password.rule.breached': 'Niet gevonden in bekende datalekken',
  'validation.breached': 'Dit wachtwoord is in een datalek opgedoken. Kies een ander.',
  'validation.breachedWarning':
    'Dit wachtwoord is {count} keer in datalekken opgedoken. Kies een ander, of verstuur het formulier opnieuw om het te houden.',
  'validation.breachedWarning.one':
    'Dit wachtwoord is {count} keer in datalekken opgedoken. Kies een ander, of verstuur het formulier opnieuw om het te houden.',
  'validation.breachedUnchecked':
    'Dit wachtwoord kon niet worden gecontroleerd tegen bekende datalekken. Probeer het zo opnieuw.',
  'validation.required': 'Dit veld is verplicht.',
  'validation.consent': 'Ga akkoord om je account aan te maken.',
  'validation.tooLong': 'Gebruik maximaal {max} tekens.',
  'validation.tooShort': 'Gebruik minstens {min} tekens.',
  'validation.pattern': 'Deze waarde wordt niet geaccepteerd.',
  'validation.whitespace': 'Verwijder de spaties aan het begin of einde.',
  'validation.spaces': 'Een gebruikersnaam mag geen spaties bevatten.',
  'validation.email': 'Vul een e-mailadres in zoals naam@example.com.',
  'validation.phone': 'Vul een telefoonnummer in met landnummer, zoals +31612345678.',
  'validation.date': 'Vul een datum in als JJJJ-MM-DD.',
  'validation.url': 'Vul een webadres in dat begint met https://.',
  'validation.number': 'Vul een getal in.',
  'validation.min': 'Vul {min} of meer in.',
  'validation.max': 'Vul {max} of minder in.',
  'validation.passwordPolicy': 'Het wachtwoord voldoet niet aan alle vereisten.',
  'validation.mismatch': 'De wachtwoorden komen niet overeen.',
  'error.InvalidParameterException':
    'Sommige gegevens zijn niet geaccepteerd. Controleer het formulier en probeer het opnieuw.',
  'error.verifiedContactMissing':
    'We hebben je e-mailadres of telefoonnummer nodig om je de code te sturen.',
  'error.UnexpectedLambdaException': 'Registreren is nu niet mogelijk. Probeer het later opnieuw.',
  'error.UserLambdaValidationException': '{lambdaMessage}',
  'error.lambdaRejected':
    'Je registratie is niet geaccepteerd. Controleer je gegevens of probeer het later opnieuw.',
  'error.NotAuthorizedException': 'Dit verzoek is niet toegestaan.',
  'error.InvalidPasswordException': 'Dit wachtwoord voldoet niet aan de vereisten.',
  'error.UsernameExistsException': 'Er bestaat al een account met deze gebruikersnaam.',
  'error.UsernameExistsException.email': 'Er bestaat al een account met dit e-mailadres.',
  'error.UsernameExistsException.phone_number': 'Er bestaat al een account met dit telefoonnummer.',
  'error.TooManyRequestsException': 'Te veel pogingen. Wacht even en probeer het opnieuw.',
  'error.UsernameExistsException.unconfirmed':
    'Dit account is nog niet bevestigd. Kies ‘Ik heb al een code’ om het te bevestigen, of registreer je met andere gegevens.',
  'error.UsernameExistsException.unconfirmedTo':
    'Het account {username} wacht nog op bevestiging: de code is naar {destination} gestuurd. Is dat jouw adres, kies dan ‘Ik heb al een code’; zo niet, registreer je dan met een andere gebruikersnaam.',
  'error.InternalErrorException': 'Er ging aan onze kant iets mis. Probeer het opnieuw.',
  'error.LimitExceededException': 'Te veel pogingen. Probeer het later opnieuw.',
  'error.CodeDeliveryFailureException':
    'We konden de code niet versturen. Controleer het adres of nummer.',
  'error.ForbiddenException': 'Dit verzoek is geblokkeerd.',
  'error.TooManyFailedAttemptsException':
    'Te veel onjuiste codes. Wacht even en probeer het opnieuw.',
  'error.CodeMismatchException': 'Die code klopt niet. Controleer hem en probeer het opnieuw.',
  'error.ExpiredCodeException': 'Die code is verlopen. Vraag een nieuwe aan.',
  'error.AliasExistsException':
    'Dit e-mailadres of telefoonnummer wordt al door een ander account gebruikt.',
  'error.UserNotFoundException': 'We kunnen dit account niet vinden.',
  'error.OperationNotEnabledException': 'Registreren is niet ingeschakeld.',
  'error.NetworkError':
    'We kunnen de server niet bereiken. Controleer je verbinding en probeer het opnieuw.',
  'error.TimeoutError': 'De server reageerde te traag. Probeer het opnieuw.',
  'error.AbortError': 'Het verzoek is geannuleerd.',
  'error.InvalidResponseError': 'De server gaf een onverwacht antwoord. Probeer het opnieuw.',
  'error.ConfigurationError': 'Registreren is niet goed ingesteld.',
  'error.SignUpCancelled': '{message}',
  'error.UnknownError': 'Er ging iets mis. Probeer het opnieuw.',
  'status.confirmStep': 'Kijk in je berichten voor de bevestigingscode.',
  'status.done': 'Je account is bevestigd.',
  // Plural forms of the messages with a count (see createTranslator).
  'validation.tooLong.one': 'Gebruik maximaal {max} teken.',
  'validation.tooShort.one': 'Gebruik minstens {min} teken.',
};

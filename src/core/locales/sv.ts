import type { Messages } from './en.js';

/** Swedish. */
export const sv: Messages = {
  'locale.code': 'sv',
  'locale.dir': 'ltr',
  'locale.names': 'given family',
  'signUp.title': 'Skapa ditt konto',
  'signUp.submit': 'Skapa konto',
  'signUp.submitting': 'Skapar konto…',
  'signUp.haveCode': 'Jag har redan en kod',
  'confirm.title': 'Bekräfta ditt konto',
  'confirm.instructions': 'Vi har skickat en kod via {medium} till {destination}. Ange den nedan.',
  'confirm.instructionsNoDestination':
    'Ingen kod har skickats från den här sidan. Om du har en kod för {username} kan du ange den nedan eller begära en ny.',
  'confirm.submit': 'Bekräfta',
  'confirm.submitting': 'Bekräftar…',
  'confirm.resend': 'Skicka ny kod',
  'confirm.resendIn': 'Skicka ny kod om {seconds} s',
  'confirm.resent': 'En ny kod har skickats till {destination}.',
  'confirm.startOver': 'Börja om',
  'done.title': 'Klart',
  'done.message': 'Ditt konto är klart. Nu kan du logga in.',
  'signedIn.title': 'Välkommen',
  'signedIn.message': 'Ditt konto är klart och du är inloggad som {username}.',
  // The passkey step (react-cognito-signup/passkey).
  'passkey.offer':
    'Lägg till en nyckel och logga in nästa gång med fingeravtryck, ansikte eller skärmlås i stället för ett lösenord.',
  'passkey.add': 'Lägg till nyckel',
  'passkey.skip': 'Inte nu',
  'passkey.continue': 'Fortsätt',
  'passkey.registering': 'Följ anvisningarna från din enhet eller webbläsare.',
  'passkey.registered': 'Nyckeln är tillagd. Logga in med den nästa gång.',
  'passkey.error.NotAllowedError':
    'Ingen nyckel lades till: begäran avbröts eller tog för lång tid. Försök igen eller hoppa över det här steget så länge.',
  'passkey.error.InvalidStateError':
    'Den här enheten har redan en nyckel för ditt konto: du kan logga in med den.',
  'passkey.error.LimitExceededException':
    'Ditt konto har redan så många nycklar som tillåts. Ta bort en i kontoinställningarna för att lägga till en ny.',
  'passkey.error.TooManyRequestsException': 'För många försök. Vänta en stund och försök igen.',
  'passkey.error.NotAuthorizedException':
    'Din inloggning har gått ut, så ingen nyckel lades till. Logga in igen för att lägga till en.',
  'passkey.error.unavailable':
    'Nycklar är inte tillgängliga här än. Du är inloggad och kan lägga till en senare.',
  'passkey.error.failed':
    'Nyckeln kunde inte läggas till. Försök igen eller hoppa över det här steget så länge.',
  // Social sign-up (react-cognito-signup/social).
  'social.or': 'eller',
  'social.continueWith': 'Fortsätt med {provider}',
  'social.completing': 'Loggar in dig med {provider}…',
  'social.profile.title': 'Slutför din profil',
  'social.profile.message':
    'Ett steg kvar: den här appen behöver några uppgifter som {provider} inte delade.',
  'social.profile.submit': 'Fortsätt',
  'social.verify.title': 'Verifiera dina kontaktuppgifter',
  'social.verify.message': 'Vi har skickat en kod till {destination}. Ange den för att slutföra.',
  'social.verify.submit': 'Verifiera',
  'social.useForm': 'Registrera dig med formuläret',
  'social.error.Cancelled':
    'Inloggningen med {provider} avbröts. Försök igen eller registrera dig med formuläret nedan.',
  'social.error.StateMismatch':
    'Den här inloggningen går inte att lita på: den har redan använts, har gått ut eller startade inte på den här sidan. Börja om.',
  'social.error.Expired': 'Den här inloggningen har gått ut eller har redan använts. Börja om.',
  'social.error.AttributeNotShared':
    '{provider} delade inte en uppgift som den här appen behöver: {attribute}. Registrera dig med formuläret nedan, eller låt {provider} dela uppgiften och försök igen.',
  'social.error.ProviderUnavailable':
    'Inloggning med {provider} är inte tillgänglig här. Registrera dig med formuläret nedan.',
  'social.error.Failed':
    'Inloggningen med {provider} fungerade inte. Försök igen eller registrera dig med formuläret nedan.',
  // Confirmation by link (react-cognito-signup/link).
  'link.incomplete':
    'Den här bekräftelselänken är ofullständig. Öppna länken i det senaste meddelandet vi skickade eller ange koden.',
  'medium.EMAIL': 'e-post',
  'medium.SMS': 'sms',
  'field.optional': ' (valfritt)',
  'field.select.placeholder': 'Välj…',
  'field.username.label': 'Användarnamn',
  'field.password.label': 'Lösenord',
  'field.confirmPassword.label': 'Bekräfta lösenord',
  'field.code.label': 'Bekräftelsekod',
  'field.code.hint': 'Koden i meddelandet vi skickade.',
  'field.address.label': 'Adress',
  'field.birthdate.label': 'Födelsedatum',
  'field.email.label': 'E-postadress',
  'field.family_name.label': 'Efternamn',
  'field.gender.label': 'Kön',
  'field.given_name.label': 'Förnamn',
  'field.locale.label': 'Språk',
  'field.middle_name.label': 'Mellannamn',
  'field.name.label': 'Fullständigt namn',
  'field.nickname.label': 'Smeknamn',
  'field.phone_number.label': 'Telefonnummer',
  'field.phone_number.hint': 'Med landsnummer, t.ex. +46701234567.',
  'field.picture.label': 'Bild-URL',
  'field.preferred_username.label': 'Önskat användarnamn',
  'field.profile.label': 'Profil-URL',
  'field.website.label': 'Webbplats',
  'field.zoneinfo.label': 'Tidszon',
  'password.show': 'Visa lösenord',
  'password.requirements': 'Lösenordskrav',
  'password.rule.minLength': 'Minst {min} tecken',
  'password.rule.uppercase': 'En stor bokstav',
  'password.rule.lowercase': 'En liten bokstav',
  'password.rule.number': 'En siffra',
  'password.rule.symbol': 'Ett specialtecken',
  'password.rule.met': 'uppfyllt',
  'password.rule.unmet': 'inte uppfyllt än',
  'phone.country': 'Land',
  'phone.hint': 'Välj land och skriv sedan ditt nummer.',
  'phone.invalid': 'Numret är inte giltigt för det valda landet.',
  'password.rule.breached': 'Finns inte i kända dataläckor',
  'validation.breached': 'Lösenordet har förekommit i en dataläcka. Välj ett annat.',
  'validation.breachedWarning':
    'Lösenordet har förekommit {count} gånger i dataläckor. Välj ett annat, eller skicka formuläret igen för att behålla det.',
  'validation.breachedWarning.one':
    'Lösenordet har förekommit {count} gång i dataläckor. Välj ett annat, eller skicka formuläret igen för att behålla det.',
  'validation.breachedUnchecked':
    'Lösenordet kunde inte kontrolleras mot kända dataläckor. Försök igen om en stund.',
  'validation.required': 'Fältet är obligatoriskt.',
  'validation.consent': 'Godkänn för att skapa ditt konto.',
  'validation.tooLong': 'Använd högst {max} tecken.',
  'validation.tooShort': 'Använd minst {min} tecken.',
  'validation.pattern': 'Värdet godtas inte.',
  'validation.whitespace': 'Ta bort mellanslagen i början eller slutet.',
  'validation.spaces': 'Användarnamn får inte innehålla mellanslag.',
  'validation.email': 'Ange en e-postadress som namn@example.com.',
  'validation.phone': 'Ange ett telefonnummer med landsnummer, som +46701234567.',
  'validation.date': 'Ange ett datum som ÅÅÅÅ-MM-DD.',
  'validation.url': 'Ange en webbadress som börjar med https://.',
  'validation.number': 'Ange ett tal.',
  'validation.min': 'Ange {min} eller mer.',
  'validation.max': 'Ange {max} eller mindre.',
  'validation.passwordPolicy': 'Lösenordet uppfyller inte alla krav.',
  'validation.mismatch': 'Lösenorden matchar inte.',
  'error.InvalidParameterException':
    'Vissa uppgifter godtogs inte. Kontrollera formuläret och försök igen.',
  'error.verifiedContactMissing':
    'Vi behöver din e-postadress eller ditt telefonnummer för att skicka koden.',
  'error.UnexpectedLambdaException':
    'Registreringen är inte tillgänglig just nu. Försök igen senare.',
  'error.UserLambdaValidationException': '{lambdaMessage}',
  'error.lambdaRejected':
    'Din registrering godtogs inte. Kontrollera dina uppgifter eller försök igen senare.',
  'error.NotAuthorizedException': 'Begäran är inte tillåten.',
  'error.InvalidPasswordException': 'Lösenordet uppfyller inte kraven.',
  'error.UsernameExistsException': 'Det finns redan ett konto med det här användarnamnet.',
  'error.UsernameExistsException.email': 'Det finns redan ett konto med den här e-postadressen.',
  'error.UsernameExistsException.phone_number':
    'Det finns redan ett konto med det här telefonnumret.',
  'error.UsernameExistsException.unconfirmed':
    'Det här kontot är inte bekräftat än. Välj ”Jag har redan en kod” för att bekräfta det, eller registrera dig med andra uppgifter.',
  'error.UsernameExistsException.unconfirmedTo':
    'Kontot {username} väntar på att bekräftas: koden skickades till {destination}. Om det är din adress, välj ”Jag har redan en kod”; annars registrera dig med ett annat användarnamn.',
  'error.TooManyRequestsException': 'För många försök. Vänta en stund och försök igen.',
  'error.InternalErrorException': 'Något gick fel hos oss. Försök igen.',
  'error.LimitExceededException': 'För många försök. Försök igen senare.',
  'error.CodeDeliveryFailureException':
    'Vi kunde inte skicka koden. Kontrollera adressen eller numret.',
  'error.ForbiddenException': 'Begäran blockerades.',
  'error.TooManyFailedAttemptsException':
    'För många felaktiga koder. Vänta en stund och försök igen.',
  'error.CodeMismatchException': 'Koden stämmer inte. Kontrollera den och försök igen.',
  'error.ExpiredCodeException': 'Koden har gått ut. Skicka en ny.',
  'error.AliasExistsException':
    'E-postadressen eller telefonnumret används redan av ett annat konto.',
  'error.UserNotFoundException': 'Vi hittade inte kontot.',
  'error.OperationNotEnabledException': 'Registrering är inte aktiverad.',
  'error.NetworkError': 'Vi kunde inte nå servern. Kontrollera anslutningen och försök igen.',
  'error.TimeoutError': 'Servern tog för lång tid att svara. Försök igen.',
  'error.AbortError': 'Begäran avbröts.',
  'error.InvalidResponseError': 'Servern skickade ett oväntat svar. Försök igen.',
  'error.ConfigurationError': 'Registreringen är inte korrekt konfigurerad.',
  'error.SignUpCancelled': '{message}',
  'error.UnknownError': 'Något gick fel. Försök igen.',
  'status.confirmStep': 'Leta efter bekräftelsekoden i dina meddelanden.',
  'status.done': 'Ditt konto är bekräftat.',
  // Plural forms of the messages with a count (see createTranslator).
  'validation.tooLong.one': 'Använd högst {max} tecken.',
  'validation.tooShort.one': 'Använd minst {min} tecken.',
};

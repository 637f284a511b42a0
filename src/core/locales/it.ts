import type { Messages } from './en.js';

/** Italian. */
export const it: Messages = {
  'locale.code': 'it',
  'locale.dir': 'ltr',
  'locale.names': 'given family',
  'signUp.title': 'Crea il tuo account',
  'signUp.submit': 'Crea account',
  'signUp.submitting': 'Creazione dell’account in corso…',
  'signUp.haveCode': 'Ho già un codice',
  'confirm.title': 'Conferma il tuo account',
  'confirm.instructions':
    'Abbiamo inviato un codice tramite {medium} a {destination}. Inseriscilo qui sotto.',
  'confirm.instructionsNoDestination':
    'Nessun codice è stato inviato da questa pagina. Se hai un codice per {username}, inseriscilo qui sotto oppure richiedine uno nuovo.',
  'confirm.submit': 'Conferma',
  'confirm.submitting': 'Conferma in corso…',
  'confirm.resend': 'Invia un nuovo codice',
  'confirm.resendIn': 'Invia un nuovo codice tra {seconds} s',
  'confirm.resent': 'Abbiamo inviato un nuovo codice a {destination}.',
  'confirm.startOver': 'Ricomincia',
  'done.title': 'Tutto pronto',
  'done.message': 'Il tuo account è pronto. Ora puoi accedere.',
  'signedIn.title': 'Ti diamo il benvenuto',
  'signedIn.message': 'Il tuo account è pronto e hai effettuato l’accesso come {username}.',
  // The passkey step (react-cognito-signup/passkey).
  'passkey.offer':
    'Aggiungi una passkey e la prossima volta accedi con l’impronta, il volto o il blocco schermo invece della password.',
  'passkey.add': 'Aggiungi una passkey',
  'passkey.skip': 'Non ora',
  'passkey.continue': 'Continua',
  'passkey.registering': 'Segui le istruzioni del dispositivo o del browser.',
  'passkey.registered': 'Passkey aggiunta. La prossima volta usala per accedere.',
  'passkey.error.NotAllowedError':
    'Nessuna passkey aggiunta: la richiesta è stata annullata o è scaduta. Riprova o salta questo passaggio per ora.',
  'passkey.error.InvalidStateError':
    'Questo dispositivo ha già una passkey per il tuo account: puoi usarla per accedere.',
  'passkey.error.LimitExceededException':
    'Il tuo account ha già il numero massimo di passkey. Rimuovine una nelle impostazioni dell’account per aggiungerne un’altra.',
  'passkey.error.TooManyRequestsException': 'Troppi tentativi. Attendi un momento e riprova.',
  'passkey.error.NotAuthorizedException':
    'La sessione è scaduta, quindi non è stata aggiunta alcuna passkey. Accedi di nuovo per aggiungerne una.',
  'passkey.error.unavailable':
    'Le passkey non sono ancora disponibili qui. Hai effettuato l’accesso; puoi aggiungerne una più tardi.',
  'passkey.error.failed':
    'Impossibile aggiungere la passkey. Riprova o salta questo passaggio per ora.',
  // Social sign-up (react-cognito-signup/social).
  'social.or': 'oppure',
  'social.continueWith': 'Continua con {provider}',
  'social.completing': 'Accesso con {provider} in corso…',
  'social.profile.title': 'Completa il tuo profilo',
  'social.profile.message':
    'Ancora un passaggio: questa app ha bisogno di alcuni dati che {provider} non ha condiviso.',
  'social.profile.submit': 'Continua',
  'social.verify.title': 'Verifica il tuo recapito',
  'social.verify.message':
    'Abbiamo inviato un codice a {destination}. Inseriscilo per completare la registrazione.',
  'social.verify.submit': 'Verifica',
  'social.useForm': 'Registrati con il modulo',
  'social.error.Cancelled':
    'L’accesso con {provider} è stato annullato. Riprova o registrati con il modulo qui sotto.',
  'social.error.StateMismatch':
    'Questo accesso non è affidabile: è già stato usato, è scaduto o non è iniziato da questa pagina. Ricomincia.',
  'social.error.Expired': 'Questo accesso è scaduto o è già stato usato. Ricomincia.',
  'social.error.AttributeNotShared':
    '{provider} non ha condiviso un dato necessario per questa app: {attribute}. Registrati con il modulo qui sotto oppure consenti a {provider} di condividerlo e riprova.',
  'social.error.ProviderUnavailable':
    'L’accesso con {provider} non è disponibile qui. Registrati con il modulo qui sotto.',
  'social.error.Failed':
    'L’accesso con {provider} non è riuscito. Riprova o registrati con il modulo qui sotto.',
  // Confirmation by link (react-cognito-signup/link).
  'link.incomplete':
    'Questo link di conferma è incompleto. Apri il link contenuto nell’ultimo messaggio che ti abbiamo inviato oppure inserisci il codice.',
  'medium.EMAIL': 'email',
  'medium.SMS': 'SMS',
  'field.optional': ' (facoltativo)',
  'field.select.placeholder': 'Scegli…',
  'field.username.label': 'Nome utente',
  'field.password.label': 'Password',
  'field.confirmPassword.label': 'Conferma password',
  'field.code.label': 'Codice di conferma',
  'field.code.hint': 'Il codice contenuto nel messaggio che ti abbiamo inviato.',
  'field.address.label': 'Indirizzo',
  'field.birthdate.label': 'Data di nascita',
  'field.email.label': 'Email',
  'field.family_name.label': 'Cognome',
  'field.gender.label': 'Genere',
  'field.given_name.label': 'Nome',
  'field.locale.label': 'Lingua',
  'field.middle_name.label': 'Secondo nome',
  'field.name.label': 'Nome completo',
  'field.nickname.label': 'Soprannome',
  'field.phone_number.label': 'Numero di telefono',
  'field.phone_number.hint': 'Con il prefisso internazionale, ad es. +393123456789.',
  'field.picture.label': 'URL dell’immagine',
  'field.preferred_username.label': 'Nome utente preferito',
  'field.profile.label': 'URL del profilo',
  'field.website.label': 'Sito web',
  'field.zoneinfo.label': 'Fuso orario',
  'password.show': 'Mostra password',
  'password.requirements': 'Requisiti della password',
  'password.rule.minLength': 'Almeno {min} caratteri',
  'password.rule.uppercase': 'Una lettera maiuscola',
  'password.rule.lowercase': 'Una lettera minuscola',
  'password.rule.number': 'Un numero',
  'password.rule.symbol': 'Un simbolo',
  'password.rule.met': 'soddisfatto',
  'password.rule.unmet': 'non ancora soddisfatto',
  'phone.country': 'Paese',
  'phone.hint': 'Scegli il paese, poi inserisci il tuo numero.',
  'phone.invalid': 'Questo numero non è valido per il paese scelto.',
  'password.rule.breached': 'Non presente in violazioni di dati note',
  'validation.breached': 'Questa password è comparsa in una violazione di dati. Scegline un’altra.',
  'validation.breachedWarning':
    'Questa password è comparsa {count} volte in violazioni di dati. Scegline un’altra o invia di nuovo il modulo per mantenerla.',
  'validation.breachedWarning.one':
    'Questa password è comparsa {count} volta in violazioni di dati. Scegline un’altra o invia di nuovo il modulo per mantenerla.',
  'validation.breachedWarning.many':
    'Questa password è comparsa {count} di volte in violazioni di dati. Scegline un’altra o invia di nuovo il modulo per mantenerla.',
  'validation.breachedUnchecked':
    'Non è stato possibile verificare questa password nelle violazioni di dati note. Riprova tra un attimo.',
  'validation.required': 'Questo campo è obbligatorio.',
  'validation.consent': 'Accetta per creare il tuo account.',
  'validation.tooLong': 'Usa al massimo {max} caratteri.',
  'validation.tooShort': 'Usa almeno {min} caratteri.',
  'validation.pattern': 'Questo valore non è accettato.',
  'validation.whitespace': 'Rimuovi gli spazi all’inizio o alla fine.',
  'validation.spaces': 'Il nome utente non può contenere spazi.',
  'validation.email': 'Inserisci un indirizzo email come nome@example.com.',
  'validation.phone':
    'Inserisci un numero di telefono con il prefisso internazionale, come +393123456789.',
  'validation.date': 'Inserisci una data nel formato AAAA-MM-GG.',
  'validation.url': 'Inserisci un indirizzo web che inizi con https://.',
  'validation.number': 'Inserisci un numero.',
  'validation.min': 'Inserisci {min} o più.',
  'validation.max': 'Inserisci {max} o meno.',
  'validation.passwordPolicy': 'La password non soddisfa tutti i requisiti.',
  'validation.mismatch': 'Le password non coincidono.',
  'error.InvalidParameterException':
    'Alcuni dati non sono stati accettati. Controlla il modulo e riprova.',
  'error.verifiedContactMissing':
    'Ci serve il tuo indirizzo email o numero di telefono per inviarti il codice.',
  'error.UnexpectedLambdaException':
    'La registrazione non è disponibile al momento. Riprova più tardi.',
  'error.UserLambdaValidationException': '{lambdaMessage}',
  'error.lambdaRejected':
    'La registrazione non è stata accettata. Controlla i tuoi dati o riprova più tardi.',
  'error.NotAuthorizedException': 'Questa richiesta non è consentita.',
  'error.InvalidPasswordException': 'Questa password non soddisfa i requisiti.',
  'error.UsernameExistsException': 'Esiste già un account con questo nome utente.',
  'error.UsernameExistsException.email': 'Esiste già un account con questa email.',
  'error.UsernameExistsException.phone_number':
    'Esiste già un account con questo numero di telefono.',
  'error.UsernameExistsException.unconfirmed':
    'Questo account non è ancora confermato. Scegli «Ho già un codice» per confermarlo, oppure registrati con altri dati.',
  'error.UsernameExistsException.unconfirmedTo':
    'L’account {username} è in attesa di conferma: il codice è stato inviato a {destination}. Se è il tuo indirizzo, scegli «Ho già un codice»; altrimenti registrati con un altro nome utente.',
  'error.TooManyRequestsException': 'Troppi tentativi. Attendi un momento e riprova.',
  'error.InternalErrorException': 'Si è verificato un problema da parte nostra. Riprova.',
  'error.LimitExceededException': 'Troppi tentativi. Riprova più tardi.',
  'error.CodeDeliveryFailureException':
    'Non è stato possibile inviare il codice. Controlla l’indirizzo o il numero.',
  'error.ForbiddenException': 'Questa richiesta è stata bloccata.',
  'error.TooManyFailedAttemptsException': 'Troppi codici errati. Attendi un momento e riprova.',
  'error.CodeMismatchException': 'Il codice non è corretto. Controllalo e riprova.',
  'error.ExpiredCodeException': 'Il codice è scaduto. Richiedine uno nuovo.',
  'error.AliasExistsException':
    'Questa email o questo numero di telefono sono già usati da un altro account.',
  'error.UserNotFoundException': 'Non abbiamo trovato questo account.',
  'error.OperationNotEnabledException': 'La registrazione non è attiva.',
  'error.NetworkError': 'Impossibile raggiungere il server. Controlla la connessione e riprova.',
  'error.TimeoutError': 'Il server ha impiegato troppo tempo a rispondere. Riprova.',
  'error.AbortError': 'La richiesta è stata annullata.',
  'error.InvalidResponseError': 'Il server ha inviato una risposta inattesa. Riprova.',
  'error.ConfigurationError': 'La registrazione non è configurata correttamente.',
  'error.SignUpCancelled': '{message}',
  'error.UnknownError': 'Si è verificato un problema. Riprova.',
  'status.confirmStep': 'Cerca il codice di conferma nei tuoi messaggi.',
  'status.done': 'Il tuo account è confermato.',
  // Plural forms of the messages with a count (see createTranslator).
  'validation.tooLong.one': 'Usa al massimo {max} carattere.',
  'validation.tooShort.one': 'Usa almeno {min} carattere.',
};

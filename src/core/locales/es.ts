import type { Messages } from './en.js';

/** Spanish. */
export const es: Messages = {
  'locale.code': 'es',
  'locale.dir': 'ltr',
  'locale.names': 'given family',
  'signUp.title': 'Crea tu cuenta',
  'signUp.submit': 'Crear cuenta',
  'signUp.submitting': 'Creando la cuenta…',
  'signUp.haveCode': 'Ya tengo un código',
  'confirm.title': 'Confirma tu cuenta',
  'confirm.instructions':
    'Te hemos enviado un código por {medium} a {destination}. Escríbelo abajo.',
  'confirm.instructionsNoDestination':
    'No se ha enviado ningún código desde esta página. Si tienes un código para {username}, escríbelo abajo o pide uno nuevo.',
  'confirm.submit': 'Confirmar',
  'confirm.submitting': 'Confirmando…',
  'confirm.resend': 'Reenviar código',
  'confirm.resendIn': 'Reenviar código en {seconds} s',
  'confirm.resent': 'Te hemos enviado un código nuevo a {destination}.',
  'confirm.startOver': 'Empezar de nuevo',
  'done.title': 'Todo listo',
  'done.message': 'Tu cuenta está lista. Ya puedes iniciar sesión.',
  'signedIn.title': 'Te damos la bienvenida',
  'signedIn.message': 'Tu cuenta está lista y has iniciado sesión como {username}.',
  // The passkey step (react-cognito-signup/passkey).
  'passkey.offer':
    'Añade una llave de acceso y la próxima vez inicia sesión con tu huella, tu cara o el bloqueo de pantalla en lugar de una contraseña.',
  'passkey.add': 'Añadir llave de acceso',
  'passkey.skip': 'Ahora no',
  'passkey.continue': 'Continuar',
  'passkey.registering': 'Sigue las indicaciones de tu dispositivo o navegador.',
  'passkey.registered': 'Llave de acceso añadida. La próxima vez, inicia sesión con ella.',
  'passkey.error.NotAllowedError':
    'No se añadió ninguna llave de acceso: se canceló la solicitud o se agotó el tiempo de espera. Inténtalo de nuevo u omite este paso por ahora.',
  'passkey.error.InvalidStateError':
    'Este dispositivo ya tiene una llave de acceso para tu cuenta: puedes iniciar sesión con ella.',
  'passkey.error.LimitExceededException':
    'Tu cuenta ya tiene el máximo de llaves de acceso. Elimina una en la configuración de tu cuenta para añadir otra.',
  'passkey.error.TooManyRequestsException':
    'Demasiados intentos. Espera un momento e inténtalo de nuevo.',
  'passkey.error.NotAuthorizedException':
    'Tu sesión ha caducado, así que no se añadió la llave de acceso. Vuelve a iniciar sesión para añadir una.',
  'passkey.error.unavailable':
    'Las llaves de acceso aún no están disponibles aquí. Has iniciado sesión; puedes añadir una más tarde.',
  'passkey.error.failed':
    'No se pudo añadir la llave de acceso. Inténtalo de nuevo u omite este paso por ahora.',
  // Social sign-up (react-cognito-signup/social).
  'social.or': 'o',
  'social.continueWith': 'Continuar con {provider}',
  'social.completing': 'Iniciando sesión con {provider}…',
  'social.profile.title': 'Completa tu perfil',
  'social.profile.message':
    'Un paso más: esta aplicación necesita algunos datos que {provider} no ha compartido.',
  'social.profile.submit': 'Continuar',
  'social.verify.title': 'Verifica tus datos de contacto',
  'social.verify.message': 'Te hemos enviado un código a {destination}. Escríbelo para terminar.',
  'social.verify.submit': 'Verificar',
  'social.useForm': 'Registrarse con el formulario',
  'social.error.Cancelled':
    'Se canceló el inicio de sesión con {provider}. Inténtalo de nuevo o regístrate con el formulario de abajo.',
  'social.error.StateMismatch':
    'No se puede confiar en este inicio de sesión: ya se ha usado, ha caducado o no se inició en esta página. Vuelve a empezar.',
  'social.error.Expired': 'Este inicio de sesión ha caducado o ya se ha usado. Vuelve a empezar.',
  'social.error.AttributeNotShared':
    '{provider} no ha compartido tu {attribute}, que esta aplicación necesita. Regístrate con el formulario de abajo o permite que {provider} comparta ese dato y vuelve a intentarlo.',
  'social.error.ProviderUnavailable':
    'El inicio de sesión con {provider} no está disponible aquí. Regístrate con el formulario de abajo.',
  'social.error.Failed':
    'No se pudo iniciar sesión con {provider}. Inténtalo de nuevo o regístrate con el formulario de abajo.',
  // Confirmation by link (react-cognito-signup/link).
  'link.incomplete':
    'Este enlace de confirmación está incompleto. Abre el enlace del último mensaje que te hemos enviado o escribe el código.',
  'medium.EMAIL': 'correo electrónico',
  'medium.SMS': 'SMS',
  'field.optional': ' (opcional)',
  'field.select.placeholder': 'Elige…',
  'field.username.label': 'Nombre de usuario',
  'field.password.label': 'Contraseña',
  'field.confirmPassword.label': 'Confirmar contraseña',
  'field.code.label': 'Código de confirmación',
  'field.code.hint': 'El código del mensaje que te hemos enviado.',
  'field.address.label': 'Dirección',
  'field.birthdate.label': 'Fecha de nacimiento',
  'field.email.label': 'Correo electrónico',
  'field.family_name.label': 'Apellidos',
  'field.gender.label': 'Género',
  'field.given_name.label': 'Nombre',
  'field.locale.label': 'Idioma',
  'field.middle_name.label': 'Segundo nombre',
  'field.name.label': 'Nombre completo',
  'field.nickname.label': 'Apodo',
  'field.phone_number.label': 'Número de teléfono',
  'field.phone_number.hint': 'Con el prefijo del país, p. ej. +34612345678.',
  'field.picture.label': 'URL de la foto',
  'field.preferred_username.label': 'Nombre de usuario preferido',
  'field.profile.label': 'URL del perfil',
  'field.website.label': 'Sitio web',
  'field.zoneinfo.label': 'Zona horaria',
  'password.show': 'Mostrar contraseña',
  'password.requirements': 'Requisitos de la contraseña',
  'password.rule.minLength': 'Al menos {min} caracteres',
  'password.rule.uppercase': 'Una letra mayúscula',
  'password.rule.lowercase': 'Una letra minúscula',
  'password.rule.number': 'Un número',
  'password.rule.symbol': 'Un símbolo',
  'password.rule.met': 'cumplido',
  'password.rule.unmet': 'aún no cumplido',
  'phone.country': 'País',
  'phone.hint': 'Elige el país y escribe tu número.',
  'phone.invalid': 'Este número no es válido para el país elegido.',
  'password.rule.breached': 'No aparece en filtraciones de datos conocidas',
  'validation.breached': 'Esta contraseña apareció en una filtración de datos. Elige otra.',
  'validation.breachedWarning':
    'Esta contraseña apareció {count} veces en filtraciones de datos. Elige otra o vuelve a enviar el formulario para conservarla.',
  'validation.breachedWarning.one':
    'Esta contraseña apareció {count} vez en filtraciones de datos. Elige otra o vuelve a enviar el formulario para conservarla.',
  'validation.breachedWarning.many':
    'Esta contraseña apareció {count} de veces en filtraciones de datos. Elige otra o vuelve a enviar el formulario para conservarla.',
  'validation.breachedUnchecked':
    'No se pudo comprobar esta contraseña con las filtraciones de datos conocidas. Inténtalo de nuevo en un momento.',
  'validation.required': 'Este campo es obligatorio.',
  'validation.consent': 'Acéptalo para crear tu cuenta.',
  'validation.tooLong': 'Usa como máximo {max} caracteres.',
  'validation.tooShort': 'Usa al menos {min} caracteres.',
  'validation.pattern': 'Este valor no es válido.',
  'validation.whitespace': 'Quita los espacios del principio o del final.',
  'validation.spaces': 'El nombre de usuario no puede contener espacios.',
  'validation.email': 'Escribe un correo como nombre@example.com.',
  'validation.phone': 'Escribe un teléfono con el prefijo del país, como +34612345678.',
  'validation.date': 'Escribe una fecha como AAAA-MM-DD.',
  'validation.url': 'Escribe una URL que empiece por https://.',
  'validation.number': 'Escribe un número.',
  'validation.min': 'Escribe {min} o más.',
  'validation.max': 'Escribe {max} o menos.',
  'validation.passwordPolicy': 'La contraseña no cumple todos los requisitos.',
  'validation.mismatch': 'Las contraseñas no coinciden.',
  'error.InvalidParameterException':
    'Algunos datos no se aceptaron. Revisa el formulario e inténtalo de nuevo.',
  'error.verifiedContactMissing':
    'Necesitamos tu correo electrónico o tu número de teléfono para enviarte el código.',
  'error.UnexpectedLambdaException': 'El registro no está disponible ahora. Inténtalo más tarde.',
  'error.UserLambdaValidationException': '{lambdaMessage}',
  'error.lambdaRejected': 'No se aceptó tu registro. Revisa tus datos o inténtalo más tarde.',
  'error.NotAuthorizedException': 'Esta solicitud no está permitida.',
  'error.InvalidPasswordException': 'Esta contraseña no cumple los requisitos.',
  'error.UsernameExistsException': 'Ya existe una cuenta con este nombre de usuario.',
  'error.UsernameExistsException.email': 'Ya existe una cuenta con este correo electrónico.',
  'error.UsernameExistsException.phone_number': 'Ya existe una cuenta con este número de teléfono.',
  'error.TooManyRequestsException': 'Demasiados intentos. Espera un momento e inténtalo de nuevo.',
  'error.UsernameExistsException.unconfirmed':
    'Esta cuenta aún no se ha confirmado. Elige «Ya tengo un código» para confirmarla o regístrate con otros datos.',
  'error.UsernameExistsException.unconfirmedTo':
    'La cuenta {username} está pendiente de confirmación: su código se envió a {destination}. Si esa es tu dirección, elige «Ya tengo un código»; si no, regístrate con otro nombre de usuario.',
  'error.InternalErrorException': 'Algo falló por nuestra parte. Inténtalo de nuevo.',
  'error.LimitExceededException': 'Demasiados intentos. Inténtalo más tarde.',
  'error.CodeDeliveryFailureException':
    'No hemos podido enviar el código. Revisa el correo o el número.',
  'error.ForbiddenException': 'Se ha bloqueado esta solicitud.',
  'error.TooManyFailedAttemptsException':
    'Demasiados códigos incorrectos. Espera un momento e inténtalo de nuevo.',
  'error.CodeMismatchException': 'Ese código no es correcto. Revísalo e inténtalo de nuevo.',
  'error.ExpiredCodeException': 'Ese código ha caducado. Pide uno nuevo.',
  'error.AliasExistsException': 'Este correo o teléfono ya lo usa otra cuenta.',
  'error.UserNotFoundException': 'No hemos encontrado esta cuenta.',
  'error.OperationNotEnabledException': 'El registro no está habilitado.',
  'error.NetworkError':
    'No hemos podido conectar con el servidor. Revisa tu conexión e inténtalo de nuevo.',
  'error.TimeoutError': 'El servidor ha tardado demasiado en responder. Inténtalo de nuevo.',
  'error.AbortError': 'Se ha cancelado la solicitud.',
  'error.InvalidResponseError': 'El servidor envió una respuesta inesperada. Inténtalo de nuevo.',
  'error.ConfigurationError': 'El registro no está bien configurado.',
  'error.SignUpCancelled': '{message}',
  'error.UnknownError': 'Algo salió mal. Inténtalo de nuevo.',
  'status.confirmStep': 'Busca el código de confirmación en tus mensajes.',
  'status.done': 'Tu cuenta está confirmada.',
  // Plural forms of the messages with a count (see createTranslator).
  'validation.tooLong.one': 'Usa como máximo {max} carácter.',
  'validation.tooShort.one': 'Usa al menos {min} carácter.',
};

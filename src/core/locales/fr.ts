import type { Messages } from './en.js';

/** French. */
export const fr: Messages = {
  'locale.code': 'fr',
  'locale.dir': 'ltr',
  'locale.names': 'given family',
  'signUp.title': 'Créez votre compte',
  'signUp.submit': 'Créer le compte',
  'signUp.submitting': 'Création du compte…',
  'signUp.haveCode': 'J’ai déjà un code',
  'confirm.title': 'Confirmez votre compte',
  'confirm.instructions':
    'Nous avons envoyé un code par {medium} à {destination}. Saisissez-le ci-dessous.',
  'confirm.instructionsNoDestination':
    'Aucun code n’a été envoyé depuis cette page. Si vous avez un code pour {username}, saisissez-le ci-dessous ou demandez-en un nouveau.',
  'confirm.submit': 'Confirmer',
  'confirm.submitting': 'Confirmation en cours…',
  'confirm.resend': 'Renvoyer le code',
  'confirm.resendIn': 'Renvoyer le code dans {seconds}\u00a0s',
  'confirm.resent': 'Un nouveau code a été envoyé à {destination}.',
  'confirm.startOver': 'Recommencer',
  'done.title': 'Tout est prêt',
  'done.message': 'Votre compte est prêt. Vous pouvez vous connecter.',
  'signedIn.title': 'Bienvenue',
  'signedIn.message': 'Votre compte est prêt et vous êtes connecté en tant que {username}.',
  // The passkey step (react-cognito-signup/passkey).
  'passkey.offer':
    'Ajoutez une clé d’accès\u00a0: la prochaine fois, connectez-vous avec votre empreinte, votre visage ou le verrouillage de l’écran, sans mot de passe.',
  'passkey.add': 'Ajouter une clé d’accès',
  'passkey.skip': 'Plus tard',
  'passkey.continue': 'Continuer',
  'passkey.registering': 'Suivez les instructions de votre appareil ou de votre navigateur.',
  'passkey.registered': 'Clé d’accès ajoutée. La prochaine fois, utilisez-la pour vous connecter.',
  'passkey.error.NotAllowedError':
    'Aucune clé d’accès n’a été ajoutée\u00a0: la demande a été annulée ou a expiré. Réessayez ou ignorez cette étape pour l’instant.',
  'passkey.error.InvalidStateError':
    'Cet appareil a déjà une clé d’accès pour votre compte\u00a0: vous pouvez l’utiliser pour vous connecter.',
  'passkey.error.LimitExceededException':
    'Votre compte a déjà le nombre maximal de clés d’accès. Supprimez-en une dans les paramètres de votre compte pour en ajouter une autre.',
  'passkey.error.TooManyRequestsException':
    'Trop de tentatives. Patientez un instant et réessayez.',
  'passkey.error.NotAuthorizedException':
    'Votre session a expiré, aucune clé d’accès n’a donc été ajoutée. Reconnectez-vous pour en ajouter une.',
  'passkey.error.unavailable':
    'Les clés d’accès ne sont pas encore disponibles ici. Vous êtes connecté\u00a0; vous pourrez en ajouter une plus tard.',
  'passkey.error.failed':
    'La clé d’accès n’a pas pu être ajoutée. Réessayez ou ignorez cette étape pour l’instant.',
  // Social sign-up (react-cognito-signup/social).
  'social.or': 'ou',
  'social.continueWith': 'Continuer avec {provider}',
  'social.completing': 'Connexion avec {provider} en cours…',
  'social.profile.title': 'Complétez votre profil',
  'social.profile.message':
    'Encore une étape\u00a0: cette application a besoin de quelques informations que {provider} n’a pas partagées.',
  'social.profile.submit': 'Continuer',
  'social.verify.title': 'Confirmez vos coordonnées',
  'social.verify.message': 'Nous avons envoyé un code à {destination}. Saisissez-le pour terminer.',
  'social.verify.submit': 'Confirmer',
  'social.useForm': 'S’inscrire avec le formulaire',
  'social.error.Cancelled':
    'La connexion avec {provider} a été annulée. Réessayez ou inscrivez-vous avec le formulaire ci-dessous.',
  'social.error.StateMismatch':
    'Cette connexion n’est pas fiable\u00a0: elle a déjà été utilisée, elle a expiré ou elle n’a pas commencé sur cette page. Recommencez.',
  'social.error.Expired': 'Cette connexion a expiré ou a déjà été utilisée. Recommencez.',
  'social.error.AttributeNotShared':
    '{provider} n’a pas partagé votre {attribute}, dont cette application a besoin. Inscrivez-vous avec le formulaire ci-dessous ou autorisez {provider} à partager cette information, puis réessayez.',
  'social.error.ProviderUnavailable':
    'La connexion avec {provider} n’est pas disponible ici. Inscrivez-vous avec le formulaire ci-dessous.',
  'social.error.Failed':
    'La connexion avec {provider} n’a pas abouti. Réessayez ou inscrivez-vous avec le formulaire ci-dessous.',
  // Confirmation by link (react-cognito-signup/link).
  'link.incomplete':
    'Ce lien de confirmation est incomplet. Ouvrez le lien figurant dans le dernier message que nous vous avons envoyé, ou saisissez le code.',
  'medium.EMAIL': 'e-mail',
  'medium.SMS': 'SMS',
  'field.optional': ' (facultatif)',
  'field.select.placeholder': 'Choisir…',
  'field.username.label': 'Nom d’utilisateur',
  'field.password.label': 'Mot de passe',
  'field.confirmPassword.label': 'Confirmer le mot de passe',
  'field.code.label': 'Code de confirmation',
  'field.code.hint': 'Le code figurant dans le message que nous vous avons envoyé.',
  'field.address.label': 'Adresse',
  'field.birthdate.label': 'Date de naissance',
  'field.email.label': 'Adresse e-mail',
  'field.family_name.label': 'Nom',
  'field.gender.label': 'Genre',
  'field.given_name.label': 'Prénom',
  'field.locale.label': 'Langue',
  'field.middle_name.label': 'Deuxième prénom',
  'field.name.label': 'Nom complet',
  'field.nickname.label': 'Surnom',
  'field.phone_number.label': 'Numéro de téléphone',
  'field.phone_number.hint': 'Avec l’indicatif du pays, p. ex. +33612345678.',
  'field.picture.label': 'URL de la photo',
  'field.preferred_username.label': 'Nom d’utilisateur préféré',
  'field.profile.label': 'URL du profil',
  'field.website.label': 'Site web',
  'field.zoneinfo.label': 'Fuseau horaire',
  'password.show': 'Afficher le mot de passe',
  'password.requirements': 'Exigences du mot de passe',
  'password.rule.minLength': 'Au moins {min} caractères',
  'password.rule.uppercase': 'Une lettre majuscule',
  'password.rule.lowercase': 'Une lettre minuscule',
  'password.rule.number': 'Un chiffre',
  'password.rule.symbol': 'Un symbole',
  'password.rule.met': 'critère rempli',
  'password.rule.unmet': 'critère pas encore rempli',
  'phone.country': 'Pays',
  'phone.hint': 'Choisissez le pays, puis saisissez votre numéro.',
  'phone.invalid': 'Ce numéro n’est pas valide pour le pays choisi.',
  'password.rule.breached': 'Absent des fuites de données connues',
  'validation.breached':
    'Ce mot de passe figure dans une fuite de données. Choisissez-en un autre.',
  'validation.breachedWarning':
    'Ce mot de passe figure {count} fois dans des fuites de données. Choisissez-en un autre, ou validez à nouveau le formulaire pour le garder.',
  'validation.breachedWarning.one':
    'Ce mot de passe figure {count} fois dans des fuites de données. Choisissez-en un autre, ou validez à nouveau le formulaire pour le garder.',
  'validation.breachedWarning.many':
    'Ce mot de passe figure {count} de fois dans des fuites de données. Choisissez-en un autre, ou validez à nouveau le formulaire pour le garder.',
  'validation.breachedUnchecked':
    'Ce mot de passe n’a pas pu être vérifié auprès des fuites de données connues. Réessayez dans un instant.',
  'validation.required': 'Ce champ est obligatoire.',
  'validation.consent': 'Vous devez accepter pour créer votre compte.',
  'validation.tooLong': 'Utilisez au plus {max} caractères.',
  'validation.tooShort': 'Utilisez au moins {min} caractères.',
  'validation.pattern': 'Cette valeur n’est pas acceptée.',
  'validation.whitespace': 'Retirez les espaces au début ou à la fin.',
  'validation.spaces': 'Le nom d’utilisateur ne peut pas contenir d’espaces.',
  'validation.email': 'Saisissez une adresse comme nom@example.com.',
  'validation.phone': 'Saisissez un numéro avec l’indicatif du pays, comme +33612345678.',
  'validation.date': 'Saisissez une date au format AAAA-MM-JJ.',
  'validation.url': 'Saisissez une adresse web commençant par https://.',
  'validation.number': 'Saisissez un nombre.',
  'validation.min': 'Saisissez {min} ou plus.',
  'validation.max': 'Saisissez {max} ou moins.',
  'validation.passwordPolicy': 'Le mot de passe ne respecte pas toutes les exigences.',
  'validation.mismatch': 'Les mots de passe ne correspondent pas.',
  'error.InvalidParameterException':
    'Certaines informations ont été refusées. Vérifiez le formulaire et réessayez.',
  'error.verifiedContactMissing':
    'Nous avons besoin de votre adresse e-mail ou de votre numéro de téléphone pour vous envoyer le code.',
  'error.UnexpectedLambdaException':
    'L’inscription est indisponible pour le moment. Réessayez plus tard.',
  'error.UserLambdaValidationException': '{lambdaMessage}',
  'error.lambdaRejected':
    'Votre inscription n’a pas été acceptée. Vérifiez vos informations ou réessayez plus tard.',
  'error.NotAuthorizedException': 'Cette demande n’est pas autorisée.',
  'error.InvalidPasswordException': 'Ce mot de passe ne respecte pas les exigences.',
  'error.UsernameExistsException': 'Un compte existe déjà avec ce nom d’utilisateur.',
  'error.UsernameExistsException.email': 'Un compte existe déjà avec cette adresse e-mail.',
  'error.UsernameExistsException.phone_number':
    'Un compte existe déjà avec ce numéro de téléphone.',
  'error.UsernameExistsException.unconfirmed':
    'Ce compte n’est pas encore confirmé. Choisissez «\u00a0J’ai déjà un code\u00a0» pour le confirmer, ou inscrivez-vous avec d’autres informations.',
  'error.UsernameExistsException.unconfirmedTo':
    'Le compte {username} est en attente de confirmation\u00a0: son code a été envoyé à {destination}. Si c’est bien votre adresse, choisissez «\u00a0J’ai déjà un code\u00a0»\u00a0; sinon, inscrivez-vous avec un autre nom d’utilisateur.',
  'error.TooManyRequestsException': 'Trop de tentatives. Patientez un instant et réessayez.',
  'error.InternalErrorException': 'Un problème est survenu de notre côté. Réessayez.',
  'error.LimitExceededException': 'Trop de tentatives. Réessayez plus tard.',
  'error.CodeDeliveryFailureException':
    'Le code n’a pas pu être envoyé. Vérifiez l’adresse ou le numéro.',
  'error.ForbiddenException': 'Cette demande a été bloquée.',
  'error.TooManyFailedAttemptsException':
    'Trop de codes incorrects. Patientez un instant et réessayez.',
  'error.CodeMismatchException': 'Ce code est incorrect. Vérifiez-le et réessayez.',
  'error.ExpiredCodeException': 'Ce code a expiré. Demandez-en un nouveau.',
  'error.AliasExistsException': 'Cet e-mail ou ce numéro est déjà utilisé par un autre compte.',
  'error.UserNotFoundException': 'Ce compte est introuvable.',
  'error.OperationNotEnabledException': 'L’inscription n’est pas activée.',
  'error.NetworkError': 'Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.',
  'error.TimeoutError': 'Le serveur a mis trop de temps à répondre. Réessayez.',
  'error.AbortError': 'La demande a été annulée.',
  'error.InvalidResponseError': 'Le serveur a envoyé une réponse inattendue. Réessayez.',
  'error.ConfigurationError': 'L’inscription est mal configurée.',
  'error.SignUpCancelled': '{message}',
  'error.UnknownError': 'Un problème est survenu. Réessayez.',
  'status.confirmStep': 'Cherchez le code de confirmation dans vos messages.',
  'status.done': 'Votre compte est confirmé.',
  // Plural forms of the messages with a count (see createTranslator).
  'validation.tooLong.one': 'Utilisez au plus {max} caractère.',
  'validation.tooShort.one': 'Utilisez au moins {min} caractère.',
};

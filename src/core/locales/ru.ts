import type { Messages } from './en.js';

/** Russian («вы», lower-case, as in professional products). */
export const ru: Messages = {
  'locale.code': 'ru',
  'locale.dir': 'ltr',
  'locale.names': 'given family',
  'signUp.title': 'Создайте аккаунт',
  'signUp.submit': 'Создать аккаунт',
  'signUp.submitting': 'Создаём аккаунт…',
  'signUp.haveCode': 'У меня уже есть код',
  'confirm.title': 'Подтвердите аккаунт',
  'confirm.instructions': 'Мы отправили код {medium} на {destination}. Введите его ниже.',
  'confirm.instructionsNoDestination':
    'С этой страницы код не отправлялся. Если у вас есть код для {username}, введите его ниже или запросите новый.',
  'confirm.submit': 'Подтвердить',
  'confirm.submitting': 'Подтверждаем…',
  'confirm.resend': 'Отправить новый код',
  'confirm.resendIn': 'Отправить новый код через {seconds}\u00a0с',
  'confirm.resent': 'Новый код отправлен на {destination}.',
  'confirm.startOver': 'Начать заново',
  'done.title': 'Готово',
  'done.message': 'Ваш аккаунт готов. Теперь можно войти.',
  'signedIn.title': 'Добро пожаловать',
  'signedIn.message': 'Ваш аккаунт готов, вы вошли как {username}.',
  // The passkey step (react-cognito-signup/passkey).
  'passkey.offer':
    'Добавьте ключ доступа, и в следующий раз вы сможете входить с помощью отпечатка пальца, распознавания лица или блокировки экрана вместо пароля.',
  'passkey.add': 'Добавить ключ доступа',
  'passkey.skip': 'Не сейчас',
  'passkey.continue': 'Продолжить',
  'passkey.registering': 'Следуйте подсказкам устройства или браузера.',
  'passkey.registered': 'Ключ доступа добавлен. В следующий раз используйте его для входа.',
  'passkey.error.NotAllowedError':
    'Ключ доступа не добавлен: запрос был отменён или время ожидания истекло. Повторите попытку или пока пропустите этот шаг.',
  'passkey.error.InvalidStateError':
    'На этом устройстве уже есть ключ доступа для вашего аккаунта: его можно использовать для входа.',
  'passkey.error.LimitExceededException':
    'В вашем аккаунте уже максимальное число ключей доступа. Чтобы добавить новый, удалите один из них в настройках аккаунта.',
  'passkey.error.TooManyRequestsException':
    'Слишком много попыток. Подождите немного и повторите попытку.',
  'passkey.error.NotAuthorizedException':
    'Сеанс входа истёк, поэтому ключ доступа не добавлен. Войдите снова, чтобы добавить его.',
  'passkey.error.unavailable':
    'В этой среде ключи доступа пока недоступны. Вы уже вошли в аккаунт; ключ можно добавить позже.',
  'passkey.error.failed':
    'Не удалось добавить ключ доступа. Повторите попытку или пока пропустите этот шаг.',
  // Social sign-up (react-cognito-signup/social).
  'social.or': 'или',
  'social.continueWith': 'Продолжить с {provider}',
  'social.completing': 'Выполняем вход через {provider}…',
  'social.profile.title': 'Заполните профиль',
  'social.profile.message':
    'Остался один шаг: этому приложению нужны данные, которые не получены от {provider}.',
  'social.profile.submit': 'Продолжить',
  'social.verify.title': 'Подтвердите адрес',
  'social.verify.message':
    'Мы отправили код на {destination}. Введите его, чтобы завершить регистрацию.',
  'social.verify.submit': 'Подтвердить',
  'social.useForm': 'Зарегистрироваться через форму',
  'social.error.Cancelled':
    'Вход через {provider} отменён. Повторите попытку или зарегистрируйтесь с помощью формы ниже.',
  'social.error.StateMismatch':
    'Этому запросу на вход нельзя доверять: он уже был использован, устарел или отправлен не с этой страницы. Начните заново.',
  'social.error.Expired': 'Этот запрос на вход устарел или уже был использован. Начните заново.',
  'social.error.AttributeNotShared':
    'От {provider} не получены данные, которые нужны этому приложению: {attribute}. Зарегистрируйтесь с помощью формы ниже или разрешите {provider} передать их и повторите попытку.',
  'social.error.ProviderUnavailable':
    'Вход через {provider} здесь недоступен. Зарегистрируйтесь с помощью формы ниже.',
  'social.error.Failed':
    'Не удалось войти через {provider}. Повторите попытку или зарегистрируйтесь с помощью формы ниже.',
  // Confirmation by link (react-cognito-signup/link).
  'link.incomplete':
    'Ссылка для подтверждения неполная. Откройте ссылку из последнего отправленного нами сообщения или введите код.',
  'medium.EMAIL': 'по электронной почте',
  'medium.SMS': 'в SMS',
  'field.optional': ' (необязательно)',
  'field.select.placeholder': 'Выберите…',
  'field.username.label': 'Имя пользователя',
  'field.password.label': 'Пароль',
  'field.confirmPassword.label': 'Подтвердите пароль',
  'field.code.label': 'Код подтверждения',
  'field.code.hint': 'Код из сообщения, которое мы вам отправили.',
  'field.address.label': 'Адрес',
  'field.birthdate.label': 'Дата рождения',
  'field.email.label': 'Электронная почта',
  'field.family_name.label': 'Фамилия',
  'field.gender.label': 'Пол',
  'field.given_name.label': 'Имя',
  'field.locale.label': 'Язык',
  'field.middle_name.label': 'Отчество',
  'field.name.label': 'Полное имя',
  'field.nickname.label': 'Псевдоним',
  'field.phone_number.label': 'Номер телефона',
  'field.phone_number.hint': 'С кодом страны, например +79123456789.',
  'field.picture.label': 'URL изображения',
  'field.preferred_username.label': 'Предпочитаемое имя пользователя',
  'field.profile.label': 'URL профиля',
  'field.website.label': 'Веб-сайт',
  'field.zoneinfo.label': 'Часовой пояс',
  'password.show': 'Показать пароль',
  'password.requirements': 'Требования к паролю',
  'password.rule.minLength': 'Минимум {min} символа',
  'password.rule.uppercase': 'Заглавная буква',
  'password.rule.lowercase': 'Строчная буква',
  'password.rule.number': 'Цифра',
  'password.rule.symbol': 'Специальный символ',
  'password.rule.met': 'выполнено',
  'password.rule.unmet': 'пока не выполнено',
  'phone.country': 'Страна/регион',
  'phone.hint': 'Выберите страну или регион, затем введите номер.',
  'phone.invalid': 'Этот номер недействителен для выбранной страны или региона.',
  'password.rule.breached': 'Не найден в известных утечках данных',
  'validation.breached': 'Этот пароль обнаружен в утечке данных. Выберите другой.',
  'validation.breachedWarning':
    'Этот пароль встречался в утечках данных {count} раза. Выберите другой или отправьте форму ещё раз, чтобы оставить его.',
  'validation.breachedUnchecked':
    'Не удалось проверить пароль по известным утечкам данных. Повторите попытку через минуту.',
  'validation.required': 'Это обязательное поле.',
  'validation.consent': 'Примите это условие, чтобы создать аккаунт.',
  'validation.tooLong': 'Используйте максимум {max} символа.',
  'validation.tooShort': 'Используйте минимум {min} символа.',
  'validation.pattern': 'Недопустимое значение.',
  'validation.whitespace': 'Удалите пробелы в начале или в конце.',
  'validation.spaces': 'Имя пользователя не может содержать пробелы.',
  'validation.email': 'Введите адрес электронной почты, например name@example.com.',
  'validation.phone': 'Введите номер телефона с кодом страны, например +79123456789.',
  'validation.date': 'Введите дату в формате ГГГГ-ММ-ДД.',
  'validation.url': 'Введите веб-адрес, начинающийся с https://.',
  'validation.number': 'Введите число.',
  'validation.min': 'Введите {min} или больше.',
  'validation.max': 'Введите {max} или меньше.',
  'validation.passwordPolicy': 'Пароль соответствует не всем требованиям.',
  'validation.mismatch': 'Пароли не совпадают.',
  'error.InvalidParameterException':
    'Некоторые данные не приняты. Проверьте форму и повторите попытку.',
  'error.verifiedContactMissing':
    'Чтобы отправить код, нам нужен ваш адрес электронной почты или номер телефона.',
  'error.UnexpectedLambdaException': 'Регистрация сейчас недоступна. Повторите попытку позже.',
  'error.UserLambdaValidationException': '{lambdaMessage}',
  'error.lambdaRejected': 'Регистрация отклонена. Проверьте данные или повторите попытку позже.',
  'error.NotAuthorizedException': 'Этот запрос не разрешён.',
  'error.InvalidPasswordException': 'Пароль не соответствует требованиям.',
  'error.UsernameExistsException': 'Аккаунт с таким именем пользователя уже существует.',
  'error.UsernameExistsException.email':
    'Аккаунт с таким адресом электронной почты уже существует.',
  'error.UsernameExistsException.phone_number': 'Аккаунт с таким номером телефона уже существует.',
  'error.UsernameExistsException.unconfirmed':
    'Этот аккаунт ещё не подтверждён. Нажмите «У меня уже есть код», чтобы подтвердить его, или зарегистрируйтесь с другими данными.',
  'error.UsernameExistsException.unconfirmedTo':
    'Аккаунт {username} ожидает подтверждения: код был отправлен на {destination}. Если это ваш адрес, нажмите «У меня уже есть код»; если нет, зарегистрируйтесь с другим именем пользователя.',
  'error.TooManyRequestsException': 'Слишком много попыток. Подождите немного и повторите попытку.',
  'error.InternalErrorException': 'На нашей стороне произошла ошибка. Повторите попытку.',
  'error.LimitExceededException': 'Слишком много попыток. Повторите попытку позже.',
  'error.CodeDeliveryFailureException': 'Не удалось отправить код. Проверьте адрес или номер.',
  'error.ForbiddenException': 'Этот запрос заблокирован.',
  'error.TooManyFailedAttemptsException':
    'Слишком много неверных кодов. Подождите немного и повторите попытку.',
  'error.CodeMismatchException': 'Неверный код. Проверьте его и повторите попытку.',
  'error.ExpiredCodeException': 'Срок действия кода истёк. Запросите новый.',
  'error.AliasExistsException':
    'Этот адрес электронной почты или номер телефона уже используется другим аккаунтом.',
  'error.UserNotFoundException': 'Аккаунт не найден.',
  'error.OperationNotEnabledException': 'Регистрация отключена.',
  'error.NetworkError':
    'Не удалось связаться с сервером. Проверьте подключение и повторите попытку.',
  'error.TimeoutError': 'Сервер слишком долго не отвечал. Повторите попытку.',
  'error.AbortError': 'Запрос отменён.',
  'error.InvalidResponseError': 'Сервер прислал неожиданный ответ. Повторите попытку.',
  'error.ConfigurationError': 'Регистрация настроена неправильно.',
  'error.SignUpCancelled': '{message}',
  'error.UnknownError': 'Что-то пошло не так. Повторите попытку.',
  'status.confirmStep': 'Код подтверждения — в сообщении, которое мы вам отправили.',
  'status.done': 'Ваш аккаунт подтверждён.',
  // Plural forms of the messages with a count (see createTranslator): 1, 21 (one);
  // 2–4, 22–24 (few); 0, 5–20, 25 (many); the message itself is for fractions (other).
  'password.rule.minLength.one': 'Минимум {min} символ',
  'password.rule.minLength.few': 'Минимум {min} символа',
  'password.rule.minLength.many': 'Минимум {min} символов',
  'validation.tooLong.one': 'Используйте максимум {max} символ.',
  'validation.tooLong.few': 'Используйте максимум {max} символа.',
  'validation.tooLong.many': 'Используйте максимум {max} символов.',
  'validation.tooShort.one': 'Используйте минимум {min} символ.',
  'validation.tooShort.few': 'Используйте минимум {min} символа.',
  'validation.tooShort.many': 'Используйте минимум {min} символов.',
  'validation.breachedWarning.one':
    'Этот пароль встречался в утечках данных {count} раз. Выберите другой или отправьте форму ещё раз, чтобы оставить его.',
  'validation.breachedWarning.few':
    'Этот пароль встречался в утечках данных {count} раза. Выберите другой или отправьте форму ещё раз, чтобы оставить его.',
  'validation.breachedWarning.many':
    'Этот пароль встречался в утечках данных {count} раз. Выберите другой или отправьте форму ещё раз, чтобы оставить его.',
};

import type { Messages } from './en.js';

/** Ukrainian («ви», lower-case, as in professional products). */
export const uk: Messages = {
  'locale.code': 'uk',
  'locale.dir': 'ltr',
  'locale.names': 'given family',
  'signUp.title': 'Створіть обліковий запис',
  'signUp.submit': 'Створити обліковий запис',
  'signUp.submitting': 'Створюємо обліковий запис…',
  'signUp.haveCode': 'У мене вже є код',
  'confirm.title': 'Підтвердьте обліковий запис',
  'confirm.instructions': 'Ми надіслали код {medium} на {destination}. Введіть його нижче.',
  'confirm.instructionsNoDestination':
    'З цієї сторінки код не надсилався. Якщо у вас є код для {username}, введіть його нижче або надішліть запит на новий.',
  'confirm.submit': 'Підтвердити',
  'confirm.submitting': 'Підтверджуємо…',
  'confirm.resend': 'Надіслати новий код',
  'confirm.resendIn': 'Надіслати новий код через {seconds}\u00a0с',
  'confirm.resent': 'Новий код надіслано на {destination}.',
  'confirm.startOver': 'Почати знову',
  'done.title': 'Готово',
  'done.message': 'Ваш обліковий запис готовий. Тепер можна увійти.',
  'signedIn.title': 'Вітаємо',
  'signedIn.message': 'Ваш обліковий запис готовий, ви ввійшли як {username}.',
  // The passkey step (react-cognito-signup/passkey).
  'passkey.offer':
    'Додайте ключ доступу, і наступного разу ви зможете входити за допомогою відбитка пальця, розпізнавання обличчя або блокування екрана замість пароля.',
  'passkey.add': 'Додати ключ доступу',
  'passkey.skip': 'Не зараз',
  'passkey.continue': 'Продовжити',
  'passkey.registering': 'Дотримуйтеся підказок пристрою або браузера.',
  'passkey.registered': 'Ключ доступу додано. Наступного разу використовуйте його для входу.',
  'passkey.error.NotAllowedError':
    'Ключ доступу не додано: запит скасовано або час очікування минув. Спробуйте ще раз або поки що пропустіть цей крок.',
  'passkey.error.InvalidStateError':
    'На цьому пристрої вже є ключ доступу для вашого облікового запису: його можна використати для входу.',
  'passkey.error.LimitExceededException':
    'У вашому обліковому записі вже максимальна кількість ключів доступу. Щоб додати новий, видаліть один із них у налаштуваннях облікового запису.',
  'passkey.error.TooManyRequestsException': 'Забагато спроб. Зачекайте трохи й спробуйте ще раз.',
  'passkey.error.NotAuthorizedException':
    'Сеанс входу завершився, тому ключ доступу не додано. Увійдіть знову, щоб додати його.',
  'passkey.error.unavailable':
    'У цьому середовищі ключі доступу поки недоступні. Ви вже ввійшли; ключ можна додати пізніше.',
  'passkey.error.failed':
    'Не вдалося додати ключ доступу. Спробуйте ще раз або поки що пропустіть цей крок.',
  // Social sign-up (react-cognito-signup/social).
  'social.or': 'або',
  'social.continueWith': 'Продовжити з {provider}',
  'social.completing': 'Виконуємо вхід через {provider}…',
  'social.profile.title': 'Заповніть профіль',
  'social.profile.message':
    'Залишився один крок: цьому застосунку потрібні дані, які не отримано від {provider}.',
  'social.profile.submit': 'Продовжити',
  'social.verify.title': 'Підтвердьте адресу',
  'social.verify.message':
    'Ми надіслали код на {destination}. Введіть його, щоб завершити реєстрацію.',
  'social.verify.submit': 'Підтвердити',
  'social.useForm': 'Зареєструватися через форму',
  'social.error.Cancelled':
    'Вхід через {provider} скасовано. Спробуйте ще раз або зареєструйтеся за допомогою форми нижче.',
  'social.error.StateMismatch':
    'Цьому запиту на вхід не можна довіряти: його вже використано, він застарів або його надіслано не з цієї сторінки. Почніть знову.',
  'social.error.Expired': 'Цей запит на вхід застарів або його вже використано. Почніть знову.',
  'social.error.AttributeNotShared':
    'Від {provider} не отримано даних, потрібних цьому застосунку: {attribute}. Зареєструйтеся за допомогою форми нижче або дозвольте {provider} передати їх і спробуйте ще раз.',
  'social.error.ProviderUnavailable':
    'Вхід через {provider} тут недоступний. Зареєструйтеся за допомогою форми нижче.',
  'social.error.Failed':
    'Не вдалося ввійти через {provider}. Спробуйте ще раз або зареєструйтеся за допомогою форми нижче.',
  // Confirmation by link (react-cognito-signup/link).
  'link.incomplete':
    'Посилання для підтвердження неповне. Відкрийте посилання з останнього повідомлення, яке ми надіслали, або введіть код підтвердження.',
  'medium.EMAIL': 'електронною поштою',
  'medium.SMS': 'SMS-повідомленням',
  'field.optional': ' (необов’язково)',
  'field.select.placeholder': 'Виберіть…',
  'field.username.label': 'Ім’я користувача',
  'field.password.label': 'Пароль',
  'field.confirmPassword.label': 'Підтвердьте пароль',
  'field.code.label': 'Код підтвердження',
  'field.code.hint': 'Код із повідомлення, яке ми вам надіслали.',
  'field.address.label': 'Адреса',
  'field.birthdate.label': 'Дата народження',
  'field.email.label': 'Електронна пошта',
  'field.family_name.label': 'Прізвище',
  'field.gender.label': 'Стать',
  'field.given_name.label': 'Ім’я',
  'field.locale.label': 'Мова',
  'field.middle_name.label': 'По батькові',
  'field.name.label': 'Повне ім’я',
  'field.nickname.label': 'Псевдонім',
  'field.phone_number.label': 'Номер телефону',
  'field.phone_number.hint': 'З кодом країни, наприклад +380501234567.',
  'field.picture.label': 'URL зображення',
  'field.preferred_username.label': 'Бажане ім’я користувача',
  'field.profile.label': 'URL профілю',
  'field.website.label': 'Вебсайт',
  'field.zoneinfo.label': 'Часовий пояс',
  'password.show': 'Показати пароль',
  'password.requirements': 'Вимоги до пароля',
  'password.rule.minLength': 'Щонайменше {min} символу',
  'password.rule.uppercase': 'Велика літера',
  'password.rule.lowercase': 'Мала літера',
  'password.rule.number': 'Цифра',
  'password.rule.symbol': 'Спеціальний символ',
  'password.rule.met': 'виконано',
  'password.rule.unmet': 'ще не виконано',
  'phone.country': 'Країна/регіон',
  'phone.hint': 'Виберіть країну чи регіон, а потім введіть номер.',
  'phone.invalid': 'Цей номер недійсний для вибраної країни чи регіону.',
  'password.rule.breached': 'Не знайдено у відомих витоках даних',
  'validation.breached': 'Цей пароль виявлено у витоку даних. Виберіть інший.',
  'validation.breachedWarning':
    'Цей пароль траплявся у витоках даних {count} разу. Виберіть інший або надішліть форму ще раз, щоб залишити його.',
  'validation.breachedUnchecked':
    'Не вдалося перевірити пароль за відомими витоками даних. Спробуйте ще раз за хвилину.',
  'validation.required': 'Це поле обов’язкове.',
  'validation.consent': 'Прийміть цю умову, щоб створити обліковий запис.',
  'validation.tooLong': 'Використовуйте не більше ніж {max} символу.',
  'validation.tooShort': 'Використовуйте щонайменше {min} символу.',
  'validation.pattern': 'Неприпустиме значення.',
  'validation.whitespace': 'Видаліть пробіли на початку або в кінці.',
  'validation.spaces': 'Ім’я користувача не може містити пробілів.',
  'validation.email': 'Введіть адресу електронної пошти, наприклад name@example.com.',
  'validation.phone': 'Введіть номер телефону з кодом країни, наприклад +380501234567.',
  'validation.date': 'Введіть дату у форматі РРРР-ММ-ДД.',
  'validation.url': 'Введіть вебадресу, що починається з https://.',
  'validation.number': 'Введіть число.',
  'validation.min': 'Введіть {min} або більше.',
  'validation.max': 'Введіть {max} або менше.',
  'validation.passwordPolicy': 'Пароль відповідає не всім вимогам.',
  'validation.mismatch': 'Паролі не збігаються.',
  'error.InvalidParameterException': 'Деякі дані не прийнято. Перевірте форму та спробуйте ще раз.',
  'error.verifiedContactMissing':
    'Щоб надіслати код, нам потрібна ваша адреса електронної пошти або номер телефону.',
  'error.UnexpectedLambdaException': 'Реєстрація зараз недоступна. Спробуйте пізніше.',
  'error.UserLambdaValidationException': '{lambdaMessage}',
  'error.lambdaRejected': 'Реєстрацію відхилено. Перевірте дані або спробуйте пізніше.',
  'error.NotAuthorizedException': 'Цей запит не дозволено.',
  'error.InvalidPasswordException': 'Пароль не відповідає вимогам.',
  'error.UsernameExistsException': 'Обліковий запис із таким ім’ям користувача вже існує.',
  'error.UsernameExistsException.email':
    'Обліковий запис із такою адресою електронної пошти вже існує.',
  'error.UsernameExistsException.phone_number':
    'Обліковий запис із таким номером телефону вже існує.',
  'error.UsernameExistsException.unconfirmed':
    'Цей обліковий запис ще не підтверджено. Натисніть «У мене вже є код», щоб підтвердити його, або зареєструйтеся з іншими даними.',
  'error.UsernameExistsException.unconfirmedTo':
    'Обліковий запис {username} очікує на підтвердження: код надіслано на {destination}. Якщо це ваша адреса, натисніть «У мене вже є код»; якщо ні, зареєструйтеся з іншим ім’ям користувача.',
  'error.TooManyRequestsException': 'Забагато спроб. Зачекайте трохи й спробуйте ще раз.',
  'error.InternalErrorException': 'На нашому боці сталася помилка. Спробуйте ще раз.',
  'error.LimitExceededException': 'Забагато спроб. Спробуйте пізніше.',
  'error.CodeDeliveryFailureException': 'Не вдалося надіслати код. Перевірте адресу або номер.',
  'error.ForbiddenException': 'Цей запит заблоковано.',
  'error.TooManyFailedAttemptsException':
    'Забагато неправильних кодів. Зачекайте трохи й спробуйте ще раз.',
  'error.CodeMismatchException': 'Неправильний код. Перевірте його та спробуйте ще раз.',
  'error.ExpiredCodeException': 'Термін дії коду минув. Надішліть запит на новий.',
  'error.AliasExistsException':
    'Ця адреса електронної пошти або номер телефону вже використовується іншим обліковим записом.',
  'error.UserNotFoundException': 'Обліковий запис не знайдено.',
  'error.OperationNotEnabledException': 'Реєстрацію вимкнено.',
  'error.NetworkError':
    'Не вдалося зв’язатися із сервером. Перевірте підключення та спробуйте ще раз.',
  'error.TimeoutError': 'Сервер надто довго не відповідав. Спробуйте ще раз.',
  'error.AbortError': 'Запит скасовано.',
  'error.InvalidResponseError': 'Сервер надіслав неочікувану відповідь. Спробуйте ще раз.',
  'error.ConfigurationError': 'Реєстрацію налаштовано неправильно.',
  'error.SignUpCancelled': '{message}',
  'error.UnknownError': 'Щось пішло не так. Спробуйте ще раз.',
  'status.confirmStep': 'Код підтвердження — у повідомленні, яке ми вам надіслали.',
  'status.done': 'Ваш обліковий запис підтверджено.',
  // Plural forms of the messages with a count (see createTranslator): 1, 21 (one);
  // 2–4, 22–24 (few); 0, 5–20, 25 (many); the message itself is for fractions (other).
  'password.rule.minLength.one': 'Щонайменше {min} символ',
  'password.rule.minLength.few': 'Щонайменше {min} символи',
  'password.rule.minLength.many': 'Щонайменше {min} символів',
  'validation.tooLong.one': 'Використовуйте не більше ніж {max} символ.',
  'validation.tooLong.few': 'Використовуйте не більше ніж {max} символи.',
  'validation.tooLong.many': 'Використовуйте не більше ніж {max} символів.',
  'validation.tooShort.one': 'Використовуйте щонайменше {min} символ.',
  'validation.tooShort.few': 'Використовуйте щонайменше {min} символи.',
  'validation.tooShort.many': 'Використовуйте щонайменше {min} символів.',
  'validation.breachedWarning.one':
    'Цей пароль траплявся у витоках даних {count} раз. Виберіть інший або надішліть форму ще раз, щоб залишити його.',
  'validation.breachedWarning.few':
    'Цей пароль траплявся у витоках даних {count} рази. Виберіть інший або надішліть форму ще раз, щоб залишити його.',
  'validation.breachedWarning.many':
    'Цей пароль траплявся у витоках даних {count} разів. Виберіть інший або надішліть форму ще раз, щоб залишити його.',
};

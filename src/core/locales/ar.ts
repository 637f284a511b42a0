import type { Messages } from './en.js';

// Right to left. Values from outside the catalog ({destination}, {username}, {provider},
// {attribute}) sit in first-strong isolates (U+2068 … U+2069), a whole message of the app's
// or a Lambda's takes its own direction from the theme (unicode-bidi: plaintext),
// and the Latin examples in left-to-right ones (U+2066 … U+2069), so that "+966…", an email
// address or "https://" never render reversed inside the Arabic sentence.

/** Arabic (Modern Standard; requests as "يُرجى" with a verbal noun, which addresses anyone). */
export const ar: Messages = {
  'locale.code': 'ar',
  'locale.dir': 'rtl',
  'locale.names': 'given family',
  'signUp.title': 'إنشاء حساب جديد',
  'signUp.submit': 'إنشاء الحساب',
  'signUp.submitting': 'جارٍ إنشاء الحساب…',
  'signUp.haveCode': 'لديّ رمز بالفعل',
  'confirm.title': 'تأكيد حسابك',
  'confirm.instructions':
    'أرسلنا رمزًا عبر {medium} إلى \u2068{destination}\u2069. يُرجى إدخاله أدناه.',
  'confirm.instructionsNoDestination':
    'لم يُرسَل أي رمز من هذه الصفحة. إذا كان لديك رمز للحساب \u2068{username}\u2069، فيُرجى إدخاله أدناه أو طلب رمز جديد.',
  'confirm.submit': 'تأكيد',
  'confirm.submitting': 'جارٍ التأكيد…',
  'confirm.resend': 'إرسال رمز جديد',
  'confirm.resendIn': 'إرسال رمز جديد بعد {seconds}\u00a0ث',
  'confirm.resent': 'أرسلنا رمزًا جديدًا إلى \u2068{destination}\u2069.',
  'confirm.startOver': 'البدء من جديد',
  'done.title': 'اكتمل التسجيل',
  'done.message': 'حسابك جاهز. يمكنك تسجيل الدخول الآن.',
  'signedIn.title': 'مرحبًا بك',
  'signedIn.message': 'حسابك جاهز، وقد سجّلت الدخول باسم \u2068{username}\u2069.',
  // The passkey step (react-cognito-signup/passkey).
  'passkey.offer':
    'يمكنك إضافة مفتاح مرور لتسجيل الدخول في المرة القادمة باستخدام بصمة الإصبع أو التعرّف على الوجه أو قفل الشاشة بدلاً من كلمة المرور.',
  'passkey.add': 'إضافة مفتاح مرور',
  'passkey.skip': 'ليس الآن',
  'passkey.continue': 'متابعة',
  'passkey.registering': 'يُرجى اتّباع التعليمات على جهازك أو في متصفحك.',
  'passkey.registered': 'تمت إضافة مفتاح المرور. يمكنك استخدامه لتسجيل الدخول في المرة القادمة.',
  'passkey.error.NotAllowedError':
    'لم تتم إضافة مفتاح مرور: أُلغي الطلب أو انتهت مهلته. يُرجى المحاولة مرة أخرى أو تخطّي هذه الخطوة حاليًا.',
  'passkey.error.InvalidStateError':
    'يحتوي هذا الجهاز بالفعل على مفتاح مرور لحسابك: يمكنك استخدامه لتسجيل الدخول.',
  'passkey.error.LimitExceededException':
    'وصل حسابك إلى الحد الأقصى لعدد مفاتيح المرور. لإضافة مفتاح آخر، يُرجى إزالة أحدها من إعدادات حسابك.',
  'passkey.error.TooManyRequestsException':
    'محاولات كثيرة جدًا. يُرجى الانتظار قليلاً ثم المحاولة مرة أخرى.',
  'passkey.error.NotAuthorizedException':
    'انتهت صلاحية تسجيل دخولك، لذا لم تتم إضافة مفتاح مرور. يُرجى تسجيل الدخول مرة أخرى لإضافته.',
  'passkey.error.unavailable':
    'مفاتيح المرور غير متاحة في هذه البيئة بعد. لقد سجّلت الدخول، ويمكنك إضافة مفتاح لاحقًا.',
  'passkey.error.failed':
    'تعذّرت إضافة مفتاح المرور. يُرجى المحاولة مرة أخرى أو تخطّي هذه الخطوة حاليًا.',
  // Social sign-up (react-cognito-signup/social).
  'social.or': 'أو',
  'social.continueWith': 'المتابعة باستخدام \u2068{provider}\u2069',
  'social.completing': 'جارٍ تسجيل دخولك باستخدام \u2068{provider}\u2069…',
  'social.profile.title': 'إكمال ملفك الشخصي',
  'social.profile.message':
    'خطوة أخيرة: يحتاج هذا التطبيق إلى بعض البيانات التي لم يشاركها \u2068{provider}\u2069.',
  'social.profile.submit': 'متابعة',
  'social.verify.title': 'تأكيد عنوانك',
  'social.verify.message': 'أرسلنا رمزًا إلى \u2068{destination}\u2069. يُرجى إدخاله لإكمال التسجيل.',
  'social.verify.submit': 'تأكيد',
  'social.useForm': 'التسجيل باستخدام النموذج بدلاً من ذلك',
  'social.error.Cancelled':
    'أُلغي تسجيل الدخول باستخدام \u2068{provider}\u2069. يُرجى المحاولة مرة أخرى أو التسجيل باستخدام النموذج أدناه.',
  'social.error.StateMismatch':
    'تعذّر الوثوق بعملية تسجيل الدخول هذه: فقد سبق استخدامها، أو انتهت صلاحيتها، أو لم تبدأ من هذه الصفحة. يُرجى البدء من جديد.',
  'social.error.Expired':
    'انتهت صلاحية عملية تسجيل الدخول هذه أو سبق استخدامها. يُرجى البدء من جديد.',
  'social.error.AttributeNotShared':
    'لم يشارك \u2068{provider}\u2069 بيانات يحتاجها هذا التطبيق: \u2068{attribute}\u2069. يُرجى التسجيل باستخدام النموذج أدناه، أو السماح لـ\u2068{provider}\u2069 بمشاركتها ثم المحاولة مرة أخرى.',
  'social.error.ProviderUnavailable':
    'تسجيل الدخول باستخدام \u2068{provider}\u2069 غير متاح هنا. يُرجى التسجيل باستخدام النموذج أدناه.',
  'social.error.Failed':
    'تعذّر تسجيل الدخول باستخدام \u2068{provider}\u2069. يُرجى المحاولة مرة أخرى أو التسجيل باستخدام النموذج أدناه.',
  // Confirmation by link (react-cognito-signup/link).
  'link.incomplete':
    'رابط التأكيد هذا غير مكتمل. يُرجى فتح الرابط الوارد في أحدث رسالة أرسلناها، أو إدخال الرمز.',
  'medium.EMAIL': 'البريد الإلكتروني',
  'medium.SMS': 'رسالة نصية',
  'field.optional': ' (اختياري)',
  'field.select.placeholder': 'اختيار…',
  'field.username.label': 'اسم المستخدم',
  'field.password.label': 'كلمة المرور',
  'field.confirmPassword.label': 'تأكيد كلمة المرور',
  'field.code.label': 'رمز التأكيد',
  'field.code.hint': 'الرمز الوارد في الرسالة التي أرسلناها.',
  'field.address.label': 'العنوان',
  'field.birthdate.label': 'تاريخ الميلاد',
  'field.email.label': 'البريد الإلكتروني',
  'field.family_name.label': 'اسم العائلة',
  'field.gender.label': 'الجنس',
  'field.given_name.label': 'الاسم الأول',
  'field.locale.label': 'اللغة',
  'field.middle_name.label': 'الاسم الأوسط',
  'field.name.label': 'الاسم الكامل',
  'field.nickname.label': 'الاسم المستعار',
  'field.phone_number.label': 'رقم الهاتف',
  'field.phone_number.hint': 'مع رمز البلد، مثل \u2066+966501234567\u2069.',
  'field.picture.label': 'عنوان URL للصورة',
  'field.preferred_username.label': 'اسم المستخدم المفضّل',
  'field.profile.label': 'عنوان URL للملف الشخصي',
  'field.website.label': 'الموقع الإلكتروني',
  'field.zoneinfo.label': 'المنطقة الزمنية',
  'password.show': 'إظهار كلمة المرور',
  'password.requirements': 'متطلبات كلمة المرور',
  'password.rule.minLength': '{min} حرف على الأقل',
  'password.rule.uppercase': 'حرف لاتيني كبير (A–Z)',
  'password.rule.lowercase': 'حرف لاتيني صغير (a–z)',
  'password.rule.number': 'رقم',
  'password.rule.symbol': 'رمز خاص',
  'password.rule.met': 'مستوفى',
  'password.rule.unmet': 'غير مستوفى بعد',
  'phone.country': 'البلد/المنطقة',
  'phone.hint': 'يُرجى اختيار البلد أو المنطقة، ثم كتابة رقمك.',
  'phone.invalid': 'هذا الرقم غير صالح للبلد أو المنطقة المحددة.',
  'password.rule.breached': 'غير موجودة في تسريبات البيانات المعروفة',
  'validation.breached': 'ظهرت كلمة المرور هذه في تسريب بيانات. يُرجى اختيار كلمة مرور أخرى.',
  'validation.breachedWarning':
    'ظهرت كلمة المرور هذه {count} مرة في تسريبات البيانات. يُرجى اختيار كلمة مرور أخرى، أو إرسال النموذج مرة أخرى للاحتفاظ بها.',
  'validation.breachedUnchecked':
    'تعذّر التحقق من كلمة المرور هذه في تسريبات البيانات المعروفة. يُرجى المحاولة مرة أخرى بعد قليل.',
  'validation.required': 'هذا الحقل مطلوب.',
  'validation.consent': 'يُرجى الموافقة على هذا لإنشاء حسابك.',
  'validation.tooLong': 'يُرجى استخدام {max} حرف كحد أقصى.',
  'validation.tooShort': 'يُرجى استخدام {min} حرف على الأقل.',
  'validation.pattern': 'هذه القيمة غير مقبولة.',
  'validation.whitespace': 'يُرجى إزالة المسافات من البداية أو النهاية.',
  'validation.spaces': 'لا يمكن أن تحتوي أسماء المستخدمين على مسافات.',
  'validation.email': 'يُرجى إدخال عنوان بريد إلكتروني مثل \u2066name@example.com\u2069.',
  'validation.phone': 'يُرجى إدخال رقم هاتف مع رمز البلد، مثل \u2066+966501234567\u2069.',
  'validation.date': 'يُرجى إدخال التاريخ بالتنسيق \u2066YYYY-MM-DD\u2069.',
  'validation.url': 'يُرجى إدخال عنوان ويب يبدأ بـ\u2066https://\u2069.',
  'validation.number': 'يُرجى إدخال رقم.',
  'validation.min': 'يُرجى إدخال {min} أو أكثر.',
  'validation.max': 'يُرجى إدخال {max} أو أقل.',
  'validation.passwordPolicy': 'كلمة المرور لا تستوفي جميع المتطلبات.',
  'validation.mismatch': 'كلمتا المرور غير متطابقتين.',
  'error.InvalidParameterException':
    'لم تُقبل بعض البيانات. يُرجى مراجعة النموذج والمحاولة مرة أخرى.',
  'error.verifiedContactMissing': 'نحتاج إلى عنوان بريدك الإلكتروني أو رقم هاتفك لإرسال الرمز.',
  'error.UnexpectedLambdaException': 'التسجيل غير متاح حاليًا. يُرجى المحاولة لاحقًا.',
  'error.UserLambdaValidationException': '{lambdaMessage}',
  'error.lambdaRejected': 'لم يُقبل تسجيلك. يُرجى مراجعة بياناتك أو المحاولة لاحقًا.',
  'error.NotAuthorizedException': 'هذا الطلب غير مسموح به.',
  'error.InvalidPasswordException': 'كلمة المرور هذه لا تستوفي المتطلبات.',
  'error.UsernameExistsException': 'يوجد بالفعل حساب باسم المستخدم هذا.',
  'error.UsernameExistsException.email': 'يوجد بالفعل حساب بعنوان البريد الإلكتروني هذا.',
  'error.UsernameExistsException.phone_number': 'يوجد بالفعل حساب برقم الهاتف هذا.',
  'error.UsernameExistsException.unconfirmed':
    'لم يتم تأكيد هذا الحساب بعد. يُرجى اختيار «لديّ رمز بالفعل» لتأكيده، أو التسجيل ببيانات أخرى.',
  'error.UsernameExistsException.unconfirmedTo':
    'هناك حساب باسم \u2068{username}\u2069 في انتظار التأكيد: أُرسل رمزه إلى \u2068{destination}\u2069. إذا كان هذا عنوانك، فيُرجى اختيار «لديّ رمز بالفعل»؛ وإلا فيُرجى التسجيل باسم مستخدم آخر.',
  'error.TooManyRequestsException': 'محاولات كثيرة جدًا. يُرجى الانتظار قليلاً ثم المحاولة مرة أخرى.',
  'error.InternalErrorException': 'حدث خطأ من جانبنا. يُرجى المحاولة مرة أخرى.',
  'error.LimitExceededException': 'محاولات كثيرة جدًا. يُرجى المحاولة لاحقًا.',
  'error.CodeDeliveryFailureException': 'تعذّر علينا إرسال الرمز. يُرجى التحقق من العنوان أو الرقم.',
  'error.ForbiddenException': 'تم حظر هذا الطلب.',
  'error.TooManyFailedAttemptsException':
    'رموز خاطئة كثيرة جدًا. يُرجى الانتظار قليلاً ثم المحاولة مرة أخرى.',
  'error.CodeMismatchException': 'هذا الرمز غير صحيح. يُرجى التحقق منه والمحاولة مرة أخرى.',
  'error.ExpiredCodeException': 'انتهت صلاحية هذا الرمز. يُرجى طلب رمز جديد.',
  'error.AliasExistsException':
    'عنوان البريد الإلكتروني أو رقم الهاتف هذا مستخدم بالفعل في حساب آخر.',
  'error.UserNotFoundException': 'تعذّر علينا العثور على هذا الحساب.',
  'error.OperationNotEnabledException': 'التسجيل غير مفعّل.',
  'error.NetworkError': 'تعذّر الوصول إلى الخادم. يُرجى التحقق من اتصالك والمحاولة مرة أخرى.',
  'error.TimeoutError': 'استغرق الخادم وقتًا طويلاً للرد. يُرجى المحاولة مرة أخرى.',
  'error.AbortError': 'أُلغي الطلب.',
  'error.InvalidResponseError': 'أرسل الخادم ردًا غير متوقع. يُرجى المحاولة مرة أخرى.',
  'error.ConfigurationError': 'لم يتم إعداد التسجيل بشكل صحيح.',
  'error.SignUpCancelled': '{message}',
  'error.UnknownError': 'حدث خطأ ما. يُرجى المحاولة مرة أخرى.',
  'status.confirmStep': 'يُرجى البحث عن رمز التأكيد في رسائلك.',
  'status.done': 'تم تأكيد حسابك.',
  // Plural forms of the messages with a count (see createTranslator), the noun after the
  // number as Arabic counts it: 0 (zero), 1 (one), 2 (two), 3–10 (few: أحرف, مرات),
  // 11–99 (many: حرفًا, مرة); the message itself is for 100 and up (other: حرف, مرة).
  'password.rule.minLength.few': '{min} أحرف على الأقل',
  'password.rule.minLength.many': '{min} حرفًا على الأقل',
  'validation.tooLong.zero': 'يُرجى استخدام {max} حرف كحد أقصى.',
  'validation.tooLong.one': 'يُرجى استخدام {max} حرف كحد أقصى.',
  'validation.tooLong.two': 'يُرجى استخدام {max} حرفين كحد أقصى.',
  'validation.tooLong.few': 'يُرجى استخدام {max} أحرف كحد أقصى.',
  'validation.tooLong.many': 'يُرجى استخدام {max} حرفًا كحد أقصى.',
  'validation.tooShort.zero': 'يُرجى استخدام {min} حرف على الأقل.',
  'validation.tooShort.one': 'يُرجى استخدام {min} حرف على الأقل.',
  'validation.tooShort.two': 'يُرجى استخدام {min} حرفين على الأقل.',
  'validation.tooShort.few': 'يُرجى استخدام {min} أحرف على الأقل.',
  'validation.tooShort.many': 'يُرجى استخدام {min} حرفًا على الأقل.',
  'validation.breachedWarning.one':
    'ظهرت كلمة المرور هذه {count} مرة في تسريبات البيانات. يُرجى اختيار كلمة مرور أخرى، أو إرسال النموذج مرة أخرى للاحتفاظ بها.',
  'validation.breachedWarning.two':
    'ظهرت كلمة المرور هذه {count} مرتين في تسريبات البيانات. يُرجى اختيار كلمة مرور أخرى، أو إرسال النموذج مرة أخرى للاحتفاظ بها.',
  'validation.breachedWarning.few':
    'ظهرت كلمة المرور هذه {count} مرات في تسريبات البيانات. يُرجى اختيار كلمة مرور أخرى، أو إرسال النموذج مرة أخرى للاحتفاظ بها.',
  'validation.breachedWarning.many':
    'ظهرت كلمة المرور هذه {count} مرة في تسريبات البيانات. يُرجى اختيار كلمة مرور أخرى، أو إرسال النموذج مرة أخرى للاحتفاظ بها.',
};

import type { Messages } from './en.js';

// Right to left. Values from outside the catalog ({destination}, {username}, {provider},
// {attribute}) sit in first-strong isolates (U+2068 … U+2069), a whole message of the app's
// or a Lambda's takes its own direction from the theme (unicode-bidi: plaintext),
// and the Latin examples in left-to-right ones (U+2066 … U+2069), so that "+972…", an email
// address or "https://" never render reversed inside the Hebrew sentence.

/** Hebrew (gender-neutral: infinitives, "יש ל…" and "אפשר" rather than a gendered imperative). */
export const he: Messages = {
  'locale.code': 'he',
  'locale.dir': 'rtl',
  'locale.names': 'given family',
  'signUp.title': 'יצירת חשבון',
  'signUp.submit': 'יצירת חשבון',
  'signUp.submitting': 'יוצרים את החשבון…',
  'signUp.haveCode': 'כבר יש לי קוד',
  'confirm.title': 'אימות החשבון',
  'confirm.instructions':
    'שלחנו קוד ב{medium} אל \u2068{destination}\u2069. יש להזין אותו כאן למטה.',
  'confirm.instructionsNoDestination':
    'לא נשלח קוד מהדף הזה. אם יש לך קוד עבור \u2068{username}\u2069, יש להזין אותו למטה או לבקש קוד חדש.',
  'confirm.submit': 'אימות',
  'confirm.submitting': 'מתבצע אימות…',
  'confirm.resend': 'שליחת קוד חדש',
  'confirm.resendIn': 'שליחת קוד חדש בעוד {seconds}\u00a0שנ׳',
  'confirm.resent': 'קוד חדש בדרך אל \u2068{destination}\u2069.',
  'confirm.startOver': 'התחלה מחדש',
  'done.title': 'הכול מוכן',
  'done.message': 'החשבון שלך מוכן. אפשר להתחבר עכשיו.',
  'signedIn.title': 'ברוכים הבאים',
  'signedIn.message': 'החשבון שלך מוכן והתחברת בתור \u2068{username}\u2069.',
  // The passkey step (react-cognito-signup/passkey).
  'passkey.offer':
    'כדאי להוסיף מפתח גישה, ובפעם הבאה להתחבר בעזרת טביעת אצבע, זיהוי פנים או נעילת המסך במקום סיסמה.',
  'passkey.add': 'הוספת מפתח גישה',
  'passkey.skip': 'לא עכשיו',
  'passkey.continue': 'המשך',
  'passkey.registering': 'יש לפעול לפי ההנחיות במכשיר או בדפדפן.',
  'passkey.registered': 'מפתח הגישה נוסף. בפעם הבאה אפשר להתחבר באמצעותו.',
  'passkey.error.NotAllowedError':
    'לא נוסף מפתח גישה: הבקשה בוטלה או שהזמן הקצוב לה עבר. אפשר לנסות שוב או לדלג על השלב הזה בינתיים.',
  'passkey.error.InvalidStateError':
    'במכשיר הזה כבר יש מפתח גישה לחשבון שלך: אפשר להתחבר באמצעותו.',
  'passkey.error.LimitExceededException':
    'בחשבון שלך כבר יש את המספר המרבי של מפתחות גישה. כדי להוסיף מפתח חדש, יש להסיר אחד מהם בהגדרות החשבון.',
  'passkey.error.TooManyRequestsException': 'יותר מדי ניסיונות. יש להמתין רגע ולנסות שוב.',
  'passkey.error.NotAuthorizedException':
    'תוקף ההתחברות פג, ולכן לא נוסף מפתח גישה. כדי להוסיף מפתח, יש להתחבר שוב.',
  'passkey.error.unavailable':
    'מפתחות גישה עדיין לא זמינים בסביבה הזו. התחברת לחשבון; אפשר להוסיף מפתח מאוחר יותר.',
  'passkey.error.failed':
    'לא ניתן היה להוסיף את מפתח הגישה. אפשר לנסות שוב או לדלג על השלב הזה בינתיים.',
  // Social sign-up (react-cognito-signup/social).
  'social.or': 'או',
  'social.continueWith': 'המשך עם \u2068{provider}\u2069',
  'social.completing': 'מתבצעת התחברות עם \u2068{provider}\u2069…',
  'social.profile.title': 'השלמת הפרופיל',
  'social.profile.message':
    'עוד שלב אחד: האפליקציה צריכה כמה פרטים ש\u05be\u2068{provider}\u2069 לא שיתף.',
  'social.profile.submit': 'המשך',
  'social.verify.title': 'אימות הכתובת',
  'social.verify.message': 'שלחנו קוד אל \u2068{destination}\u2069. יש להזין אותו כדי לסיים.',
  'social.verify.submit': 'אימות',
  'social.useForm': 'הרשמה באמצעות הטופס במקום זאת',
  'social.error.Cancelled':
    'ההתחברות עם \u2068{provider}\u2069 בוטלה. אפשר לנסות שוב או להירשם באמצעות הטופס שלמטה.',
  'social.error.StateMismatch':
    'אי אפשר לסמוך על ההתחברות הזו: כבר נעשה בה שימוש, פג תוקפה או שהיא לא התחילה בדף הזה. יש להתחיל מחדש.',
  'social.error.Expired': 'תוקף ההתחברות הזו פג או שכבר נעשה בה שימוש. יש להתחיל מחדש.',
  'social.error.AttributeNotShared':
    '\u2068{provider}\u2069 לא שיתף פרט שהאפליקציה צריכה: \u2068{attribute}\u2069. אפשר להירשם באמצעות הטופס שלמטה, או לאפשר ל\u05be\u2068{provider}\u2069 לשתף אותו ולנסות שוב.',
  'social.error.ProviderUnavailable':
    'ההתחברות עם \u2068{provider}\u2069 לא זמינה כאן. אפשר להירשם באמצעות הטופס שלמטה.',
  'social.error.Failed':
    'ההתחברות עם \u2068{provider}\u2069 לא הצליחה. אפשר לנסות שוב או להירשם באמצעות הטופס שלמטה.',
  // Confirmation by link (react-cognito-signup/link).
  'link.incomplete':
    'קישור האימות הזה חלקי. יש לפתוח את הקישור בהודעה האחרונה ששלחנו, או להזין את הקוד.',
  'medium.EMAIL': 'אימייל',
  'medium.SMS': 'הודעת SMS',
  'field.optional': ' (אופציונלי)',
  'field.select.placeholder': 'בחירה…',
  'field.username.label': 'שם משתמש',
  'field.password.label': 'סיסמה',
  'field.confirmPassword.label': 'אימות הסיסמה',
  'field.code.label': 'קוד אימות',
  'field.code.hint': 'הקוד מההודעה ששלחנו.',
  'field.address.label': 'כתובת',
  'field.birthdate.label': 'תאריך לידה',
  'field.email.label': 'אימייל',
  'field.family_name.label': 'שם משפחה',
  'field.gender.label': 'מגדר',
  'field.given_name.label': 'שם פרטי',
  'field.locale.label': 'שפה',
  'field.middle_name.label': 'שם אמצעי',
  'field.name.label': 'שם מלא',
  'field.nickname.label': 'כינוי',
  'field.phone_number.label': 'מספר טלפון',
  'field.phone_number.hint': 'עם קידומת המדינה, למשל \u2066+972501234567\u2069.',
  'field.picture.label': 'כתובת URL של תמונה',
  'field.preferred_username.label': 'שם משתמש מועדף',
  'field.profile.label': 'כתובת URL של פרופיל',
  'field.website.label': 'אתר אינטרנט',
  'field.zoneinfo.label': 'אזור זמן',
  'password.show': 'הצגת הסיסמה',
  'password.requirements': 'דרישות הסיסמה',
  'password.rule.minLength': 'לפחות {min} תווים',
  'password.rule.uppercase': 'אות גדולה באנגלית (A–Z)',
  'password.rule.lowercase': 'אות קטנה באנגלית (a–z)',
  'password.rule.number': 'ספרה',
  'password.rule.symbol': 'סימן מיוחד',
  'password.rule.met': 'מתקיים',
  'password.rule.unmet': 'עדיין לא מתקיים',
  'phone.country': 'מדינה/אזור',
  'phone.hint': 'יש לבחור מדינה או אזור, ואז להקליד את המספר.',
  'phone.invalid': 'המספר הזה לא תקין עבור המדינה או האזור שנבחרו.',
  'password.rule.breached': 'לא נמצאה בדליפות מידע ידועות',
  'validation.breached': 'הסיסמה הזו הופיעה בדליפת מידע. יש לבחור סיסמה אחרת.',
  'validation.breachedWarning':
    'הסיסמה הזו הופיעה {count} פעמים בדליפות מידע. אפשר לבחור סיסמה אחרת, או לשלוח שוב את הטופס כדי להשתמש בה בכל זאת.',
  'validation.breachedUnchecked':
    'לא ניתן היה לבדוק את הסיסמה מול דליפות מידע ידועות. אפשר לנסות שוב בעוד רגע.',
  'validation.required': 'זהו שדה חובה.',
  'validation.consent': 'יש לאשר את זה כדי ליצור את החשבון.',
  'validation.tooLong': 'אפשר להזין עד {max} תווים.',
  'validation.tooShort': 'יש להזין לפחות {min} תווים.',
  'validation.pattern': 'הערך הזה לא מתקבל.',
  'validation.whitespace': 'יש להסיר את הרווחים בהתחלה או בסוף.',
  'validation.spaces': 'שם משתמש לא יכול לכלול רווחים.',
  'validation.email': 'יש להזין כתובת אימייל כמו \u2066name@example.com\u2069.',
  'validation.phone': 'יש להזין מספר טלפון עם קידומת המדינה, למשל \u2066+972501234567\u2069.',
  'validation.date': 'יש להזין תאריך בפורמט \u2066YYYY-MM-DD\u2069.',
  'validation.url': 'יש להזין כתובת אינטרנט שמתחילה ב\u05be\u2066https://\u2069.',
  'validation.number': 'יש להזין מספר.',
  'validation.min': 'יש להזין {min} ומעלה.',
  'validation.max': 'יש להזין {max} ומטה.',
  'validation.passwordPolicy': 'הסיסמה לא עומדת בכל הדרישות.',
  'validation.mismatch': 'הסיסמאות לא תואמות.',
  'error.InvalidParameterException': 'חלק מהפרטים לא התקבלו. יש לבדוק את הטופס ולנסות שוב.',
  'error.verifiedContactMissing':
    'כדי לשלוח את הקוד, אנחנו צריכים את כתובת האימייל או את מספר הטלפון שלך.',
  'error.UnexpectedLambdaException': 'ההרשמה לא זמינה כרגע. אפשר לנסות שוב מאוחר יותר.',
  'error.UserLambdaValidationException': '{lambdaMessage}',
  'error.lambdaRejected': 'ההרשמה לא התקבלה. יש לבדוק את הפרטים או לנסות שוב מאוחר יותר.',
  'error.NotAuthorizedException': 'הבקשה הזו אינה מורשית.',
  'error.InvalidPasswordException': 'הסיסמה הזו לא עומדת בדרישות.',
  'error.UsernameExistsException': 'כבר קיים חשבון עם שם המשתמש הזה.',
  'error.UsernameExistsException.email': 'כבר קיים חשבון עם כתובת האימייל הזו.',
  'error.UsernameExistsException.phone_number': 'כבר קיים חשבון עם מספר הטלפון הזה.',
  'error.UsernameExistsException.unconfirmed':
    'החשבון הזה עדיין לא אומת. כדי לאמת אותו, יש לבחור באפשרות "כבר יש לי קוד", או להירשם עם פרטים אחרים.',
  'error.UsernameExistsException.unconfirmedTo':
    'החשבון \u2068{username}\u2069 ממתין לאימות: הקוד שלו נשלח אל \u2068{destination}\u2069. אם זו הכתובת שלך, יש לבחור באפשרות "כבר יש לי קוד"; אם לא, אפשר להירשם עם שם משתמש אחר.',
  'error.TooManyRequestsException': 'יותר מדי ניסיונות. יש להמתין רגע ולנסות שוב.',
  'error.InternalErrorException': 'משהו השתבש אצלנו. אפשר לנסות שוב.',
  'error.LimitExceededException': 'יותר מדי ניסיונות. אפשר לנסות שוב מאוחר יותר.',
  'error.CodeDeliveryFailureException': 'לא הצלחנו לשלוח את הקוד. יש לבדוק את הכתובת או את המספר.',
  'error.ForbiddenException': 'הבקשה הזו נחסמה.',
  'error.TooManyFailedAttemptsException': 'יותר מדי קודים שגויים. יש להמתין רגע ולנסות שוב.',
  'error.CodeMismatchException': 'הקוד הזה שגוי. יש לבדוק אותו ולנסות שוב.',
  'error.ExpiredCodeException': 'תוקף הקוד הזה פג. אפשר לבקש קוד חדש.',
  'error.AliasExistsException': 'כתובת האימייל או מספר הטלפון האלה כבר בשימוש בחשבון אחר.',
  'error.UserNotFoundException': 'לא מצאנו את החשבון הזה.',
  'error.OperationNotEnabledException': 'ההרשמה לא מופעלת.',
  'error.NetworkError': 'לא הצלחנו להתחבר לשרת. יש לבדוק את החיבור ולנסות שוב.',
  'error.TimeoutError': 'השרת לא הגיב בזמן. אפשר לנסות שוב.',
  'error.AbortError': 'הבקשה בוטלה.',
  'error.InvalidResponseError': 'השרת שלח תשובה לא צפויה. אפשר לנסות שוב.',
  'error.ConfigurationError': 'ההרשמה לא הוגדרה כראוי.',
  'error.SignUpCancelled': '{message}',
  'error.UnknownError': 'משהו השתבש. אפשר לנסות שוב.',
  'status.confirmStep': 'את קוד האימות אפשר למצוא בהודעה ששלחנו.',
  'status.done': 'החשבון שלך אומת.',
  // Plural forms of the messages with a count (see createTranslator): 1 (one) and 2 (two);
  // with a number written as digits, two reads as the message.
  'validation.tooLong.one': 'אפשר להזין עד {max} תו.',
  'validation.tooLong.two': 'אפשר להזין עד {max} תווים.',
  'validation.tooShort.one': 'יש להזין לפחות {min} תו.',
  'validation.tooShort.two': 'יש להזין לפחות {min} תווים.',
  'validation.breachedWarning.one':
    'הסיסמה הזו הופיעה {count} פעם בדליפות מידע. אפשר לבחור סיסמה אחרת, או לשלוח שוב את הטופס כדי להשתמש בה בכל זאת.',
  'validation.breachedWarning.two':
    'הסיסמה הזו הופיעה {count} פעמים בדליפות מידע. אפשר לבחור סיסמה אחרת, או לשלוח שוב את הטופס כדי להשתמש בה בכל זאת.',
};

import type { Messages } from './en.js';

/** Turkish ("siz"). */
export const tr: Messages = {
  'locale.code': 'tr',
  'locale.dir': 'ltr',
  'locale.names': 'given family',
  'signUp.title': 'Hesabınızı oluşturun',
  'signUp.submit': 'Hesap oluştur',
  'signUp.submitting': 'Hesap oluşturuluyor…',
  'signUp.haveCode': 'Zaten bir kodum var',
  'confirm.title': 'Hesabınızı doğrulayın',
  'confirm.instructions':
    'Şuraya {medium} ile bir kod gönderdik: {destination}. Kodu aşağıya girin.',
  'confirm.instructionsNoDestination':
    'Bu sayfadan kod gönderilmedi. {username} için bir kodunuz varsa aşağıya girin veya yeni bir kod isteyin.',
  'confirm.submit': 'Doğrula',
  'confirm.submitting': 'Doğrulanıyor…',
  'confirm.resend': 'Yeni kod gönder',
  'confirm.resendIn': 'Yeni kod gönder ({seconds}\u00a0sn)',
  'confirm.resent': 'Yeni kod gönderildi: {destination}.',
  'confirm.startOver': 'Baştan başla',
  'done.title': 'Her şey hazır',
  'done.message': 'Hesabınız hazır. Artık oturum açabilirsiniz.',
  'signedIn.title': 'Hoş geldiniz',
  'signedIn.message': 'Hesabınız hazır ve {username} olarak oturum açtınız.',
  // The passkey step (react-cognito-signup/passkey).
  'passkey.offer':
    'Bir geçiş anahtarı ekleyin; bir dahaki sefere şifre yerine parmak izi, yüz tanıma veya ekran kilidiyle oturum açın.',
  'passkey.add': 'Geçiş anahtarı ekle',
  'passkey.skip': 'Şimdi değil',
  'passkey.continue': 'Devam',
  'passkey.registering': 'Cihazınızın veya tarayıcınızın yönergelerini izleyin.',
  'passkey.registered': 'Geçiş anahtarı eklendi. Bir dahaki sefere oturum açmak için kullanın.',
  'passkey.error.NotAllowedError':
    'Geçiş anahtarı eklenmedi: İşlem iptal edildi veya zaman aşımına uğradı. Tekrar deneyin ya da bu adımı şimdilik atlayın.',
  'passkey.error.InvalidStateError':
    'Bu cihazda hesabınız için zaten bir geçiş anahtarı var: Oturum açmak için onu kullanabilirsiniz.',
  'passkey.error.LimitExceededException':
    'Hesabınızdaki geçiş anahtarı sayısı üst sınıra ulaştı. Yenisini eklemek için hesap ayarlarınızdan birini kaldırın.',
  'passkey.error.TooManyRequestsException':
    'Çok fazla deneme yapıldı. Biraz bekleyip tekrar deneyin.',
  'passkey.error.NotAuthorizedException':
    'Oturumunuzun süresi dolduğu için geçiş anahtarı eklenmedi. Eklemek için tekrar oturum açın.',
  'passkey.error.unavailable':
    'Geçiş anahtarları bu ortamda henüz kullanılamıyor. Oturumunuz açık; daha sonra ekleyebilirsiniz.',
  'passkey.error.failed':
    'Geçiş anahtarı eklenemedi. Tekrar deneyin ya da bu adımı şimdilik atlayın.',
  // Social sign-up (react-cognito-signup/social).
  'social.or': 'veya',
  'social.continueWith': '{provider} ile devam et',
  'social.completing': '{provider} ile oturum açılıyor…',
  'social.profile.title': 'Profilinizi tamamlayın',
  'social.profile.message':
    'Son bir adım: Bu uygulama, {provider} tarafından paylaşılmayan birkaç bilgiye ihtiyaç duyuyor.',
  'social.profile.submit': 'Devam',
  'social.verify.title': 'Adresinizi doğrulayın',
  'social.verify.message': 'Şuraya bir kod gönderdik: {destination}. Tamamlamak için kodu girin.',
  'social.verify.submit': 'Doğrula',
  'social.useForm': 'Bunun yerine formla kaydol',
  'social.error.Cancelled':
    '{provider} ile oturum açma iptal edildi. Tekrar deneyin veya aşağıdaki formla kaydolun.',
  'social.error.StateMismatch':
    'Bu oturum açma işlemine güvenilemedi: Daha önce kullanılmış, süresi dolmuş veya bu sayfada başlamamış. Baştan başlayın.',
  'social.error.Expired':
    'Bu oturum açma işleminin süresi doldu veya daha önce kullanıldı. Baştan başlayın.',
  'social.error.AttributeNotShared':
    '{provider}, bu uygulamanın ihtiyaç duyduğu bir bilgiyi paylaşmadı: {attribute}. Aşağıdaki formla kaydolun ya da {provider} tarafında bu bilginin paylaşılmasına izin verip tekrar deneyin.',
  'social.error.ProviderUnavailable':
    '{provider} ile oturum açma burada kullanılamıyor. Aşağıdaki formla kaydolun.',
  'social.error.Failed':
    '{provider} ile oturum açılamadı. Tekrar deneyin veya aşağıdaki formla kaydolun.',
  // Confirmation by link (react-cognito-signup/link).
  'link.incomplete':
    'Bu doğrulama bağlantısı eksik. Gönderdiğimiz en son iletideki bağlantıyı açın veya kodu girin.',
  'medium.EMAIL': 'e-posta',
  'medium.SMS': 'SMS',
  'field.optional': ' (isteğe bağlı)',
  'field.select.placeholder': 'Seçin…',
  'field.username.label': 'Kullanıcı adı',
  'field.password.label': 'Şifre',
  'field.confirmPassword.label': 'Şifreyi onaylayın',
  'field.code.label': 'Doğrulama kodu',
  'field.code.hint': 'Gönderdiğimiz iletideki kod.',
  'field.address.label': 'Adres',
  'field.birthdate.label': 'Doğum tarihi',
  'field.email.label': 'E-posta',
  'field.family_name.label': 'Soyadı',
  'field.gender.label': 'Cinsiyet',
  'field.given_name.label': 'Ad',
  'field.locale.label': 'Dil',
  'field.middle_name.label': 'İkinci ad',
  'field.name.label': 'Ad soyad',
  'field.nickname.label': 'Takma ad',
  'field.phone_number.label': 'Telefon numarası',
  'field.phone_number.hint': 'Ülke koduyla birlikte, ör. +905321234567.',
  'field.picture.label': 'Resim URL’si',
  'field.preferred_username.label': 'Tercih edilen kullanıcı adı',
  'field.profile.label': 'Profil URL’si',
  'field.website.label': 'Web sitesi',
  'field.zoneinfo.label': 'Saat dilimi',
  'password.show': 'Şifreyi göster',
  'password.requirements': 'Şifre gereksinimleri',
  'password.rule.minLength': 'En az {min} karakter',
  'password.rule.uppercase': 'Bir büyük harf',
  'password.rule.lowercase': 'Bir küçük harf',
  'password.rule.number': 'Bir rakam',
  'password.rule.symbol': 'Bir sembol',
  'password.rule.met': 'karşılandı',
  'password.rule.unmet': 'henüz karşılanmadı',
  'phone.country': 'Ülke/bölge',
  'phone.hint': 'Ülkeyi veya bölgeyi seçin, ardından numaranızı yazın.',
  'phone.invalid': 'Bu numara seçilen ülke veya bölge için geçerli değil.',
  'password.rule.breached': 'Bilinen veri ihlallerinde bulunmadı',
  'validation.breached': 'Bu şifre bir veri ihlalinde ortaya çıktı. Başka bir şifre seçin.',
  'validation.breachedWarning':
    'Bu şifre veri ihlallerinde {count} kez ortaya çıktı. Başka bir şifre seçin veya bu şifreyle devam etmek için formu tekrar gönderin.',
  'validation.breachedUnchecked':
    'Bu şifre bilinen veri ihlallerine karşı kontrol edilemedi. Birazdan tekrar deneyin.',
  'validation.required': 'Bu alan zorunludur.',
  'validation.consent': 'Hesabınızı oluşturmak için bunu kabul edin.',
  'validation.tooLong': 'En fazla {max} karakter kullanın.',
  'validation.tooShort': 'En az {min} karakter kullanın.',
  'validation.pattern': 'Bu değer kabul edilmiyor.',
  'validation.whitespace': 'Baştaki veya sondaki boşlukları kaldırın.',
  'validation.spaces': 'Kullanıcı adları boşluk içeremez.',
  'validation.email': 'ad@example.com gibi bir e-posta adresi girin.',
  'validation.phone': '+905321234567 gibi ülke koduyla birlikte bir telefon numarası girin.',
  'validation.date': 'Tarihi YYYY-AA-GG biçiminde girin.',
  'validation.url': 'https:// ile başlayan bir web adresi girin.',
  'validation.number': 'Bir sayı girin.',
  'validation.min': '{min} veya daha büyük bir değer girin.',
  'validation.max': '{max} veya daha küçük bir değer girin.',
  'validation.passwordPolicy': 'Şifre gereksinimlerin tamamını karşılamıyor.',
  'validation.mismatch': 'Şifreler eşleşmiyor.',
  'error.InvalidParameterException':
    'Bazı bilgiler kabul edilmedi. Formu kontrol edip tekrar deneyin.',
  'error.verifiedContactMissing':
    'Kodunuzu gönderebilmemiz için e-posta adresinize veya telefon numaranıza ihtiyacımız var.',
  'error.UnexpectedLambdaException': 'Kayıt şu anda kullanılamıyor. Daha sonra tekrar deneyin.',
  'error.UserLambdaValidationException': '{lambdaMessage}',
  'error.lambdaRejected':
    'Kaydınız kabul edilmedi. Bilgilerinizi kontrol edin veya daha sonra tekrar deneyin.',
  'error.NotAuthorizedException': 'Bu isteğe izin verilmiyor.',
  'error.InvalidPasswordException': 'Bu şifre gereksinimleri karşılamıyor.',
  'error.UsernameExistsException': 'Bu kullanıcı adıyla bir hesap zaten var.',
  'error.UsernameExistsException.email': 'Bu e-posta adresiyle bir hesap zaten var.',
  'error.UsernameExistsException.phone_number': 'Bu telefon numarasıyla bir hesap zaten var.',
  'error.UsernameExistsException.unconfirmed':
    'Bu hesap henüz doğrulanmadı. Doğrulamak için “Zaten bir kodum var” seçeneğini kullanın veya başka bilgilerle kaydolun.',
  'error.UsernameExistsException.unconfirmedTo':
    '{username} adlı hesap doğrulanmayı bekliyor; kodu şuraya gönderildi: {destination}. Bu sizin adresinizse “Zaten bir kodum var” seçeneğini kullanın; değilse başka bir kullanıcı adıyla kaydolun.',
  'error.TooManyRequestsException': 'Çok fazla deneme yapıldı. Biraz bekleyip tekrar deneyin.',
  'error.InternalErrorException': 'Bizim tarafımızda bir sorun oluştu. Tekrar deneyin.',
  'error.LimitExceededException': 'Çok fazla deneme yapıldı. Daha sonra tekrar deneyin.',
  'error.CodeDeliveryFailureException': 'Kod gönderilemedi. Adresi veya numarayı kontrol edin.',
  'error.ForbiddenException': 'Bu istek engellendi.',
  'error.TooManyFailedAttemptsException':
    'Çok fazla hatalı kod girildi. Biraz bekleyip tekrar deneyin.',
  'error.CodeMismatchException': 'Bu kod doğru değil. Kontrol edip tekrar deneyin.',
  'error.ExpiredCodeException': 'Bu kodun süresi doldu. Yeni bir kod isteyin.',
  'error.AliasExistsException':
    'Bu e-posta adresi veya telefon numarası başka bir hesap tarafından kullanılıyor.',
  'error.UserNotFoundException': 'Bu hesap bulunamadı.',
  'error.OperationNotEnabledException': 'Kayıt etkin değil.',
  'error.NetworkError': 'Sunucuya ulaşılamadı. İnternet bağlantınızı kontrol edip tekrar deneyin.',
  'error.TimeoutError': 'Sunucunun yanıt vermesi çok uzun sürdü. Tekrar deneyin.',
  'error.AbortError': 'İstek iptal edildi.',
  'error.InvalidResponseError': 'Sunucu beklenmedik bir yanıt gönderdi. Tekrar deneyin.',
  'error.ConfigurationError': 'Kayıt doğru şekilde ayarlanmamış.',
  'error.SignUpCancelled': '{message}',
  'error.UnknownError': 'Bir sorun oluştu. Tekrar deneyin.',
  'status.confirmStep': 'Doğrulama kodu için iletilerinizi kontrol edin.',
  'status.done': 'Hesabınız doğrulandı.',
  // Plural forms of the messages with a count (see createTranslator): a noun after a number
  // stays singular in Turkish, so `one` reads as the message.
  'validation.tooLong.one': 'En fazla {max} karakter kullanın.',
  'validation.tooShort.one': 'En az {min} karakter kullanın.',
  'validation.breachedWarning.one':
    'Bu şifre veri ihlallerinde {count} kez ortaya çıktı. Başka bir şifre seçin veya bu şifreyle devam etmek için formu tekrar gönderin.',
};

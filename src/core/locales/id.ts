import type { Messages } from './en.js';

/** Indonesian (formal "Anda"). */
export const id: Messages = {
  'locale.code': 'id',
  'locale.dir': 'ltr',
  'locale.names': 'given family',
  'signUp.title': 'Buat akun Anda',
  'signUp.submit': 'Buat akun',
  'signUp.submitting': 'Membuat akun…',
  'signUp.haveCode': 'Saya sudah punya kode',
  'confirm.title': 'Konfirmasi akun Anda',
  'confirm.instructions':
    'Kami telah mengirim kode melalui {medium} ke {destination}. Masukkan kode tersebut di bawah.',
  'confirm.instructionsNoDestination':
    'Tidak ada kode yang dikirim dari halaman ini. Jika Anda memiliki kode untuk {username}, masukkan di bawah, atau kirim kode baru.',
  'confirm.submit': 'Konfirmasi',
  'confirm.submitting': 'Mengonfirmasi…',
  'confirm.resend': 'Kirim kode baru',
  'confirm.resendIn': 'Kirim kode baru dalam {seconds}\u00a0dtk',
  'confirm.resent': 'Kode baru sedang dikirim ke {destination}.',
  'confirm.startOver': 'Mulai dari awal',
  'done.title': 'Semua sudah siap',
  'done.message': 'Akun Anda sudah siap. Anda dapat masuk sekarang.',
  'signedIn.title': 'Selamat datang',
  'signedIn.message': 'Akun Anda sudah siap dan Anda telah masuk sebagai {username}.',
  // The passkey step (react-cognito-signup/passkey).
  'passkey.offer':
    'Tambahkan kunci sandi, lalu lain kali masuk dengan sidik jari, pengenalan wajah, atau kunci layar, bukan dengan sandi.',
  'passkey.add': 'Tambahkan kunci sandi',
  'passkey.skip': 'Lain kali',
  'passkey.continue': 'Lanjutkan',
  'passkey.registering': 'Ikuti petunjuk di perangkat atau browser Anda.',
  'passkey.registered': 'Kunci sandi ditambahkan. Lain kali, gunakan kunci sandi ini untuk masuk.',
  'passkey.error.NotAllowedError':
    'Kunci sandi tidak ditambahkan: permintaan dibatalkan atau waktunya habis. Coba lagi, atau lewati langkah ini untuk sementara.',
  'passkey.error.InvalidStateError':
    'Perangkat ini sudah memiliki kunci sandi untuk akun Anda: Anda dapat menggunakannya untuk masuk.',
  'passkey.error.LimitExceededException':
    'Akun Anda sudah memiliki jumlah maksimum kunci sandi. Hapus salah satunya di setelan akun untuk menambahkan yang baru.',
  'passkey.error.TooManyRequestsException':
    'Terlalu banyak percobaan. Tunggu sebentar, lalu coba lagi.',
  'passkey.error.NotAuthorizedException':
    'Sesi masuk Anda telah berakhir, jadi kunci sandi tidak ditambahkan. Masuk lagi untuk menambahkannya.',
  'passkey.error.unavailable':
    'Kunci sandi belum tersedia di lingkungan ini. Anda sudah masuk; Anda dapat menambahkannya nanti.',
  'passkey.error.failed':
    'Kunci sandi tidak dapat ditambahkan. Coba lagi, atau lewati langkah ini untuk sementara.',
  // Social sign-up (react-cognito-signup/social).
  'social.or': 'atau',
  'social.continueWith': 'Lanjutkan dengan {provider}',
  'social.completing': 'Sedang masuk dengan {provider}…',
  'social.profile.title': 'Lengkapi profil Anda',
  'social.profile.message':
    'Satu langkah lagi: aplikasi ini memerlukan beberapa data yang tidak dibagikan oleh {provider}.',
  'social.profile.submit': 'Lanjutkan',
  'social.verify.title': 'Verifikasi alamat Anda',
  'social.verify.message':
    'Kami telah mengirim kode ke {destination}. Masukkan kode tersebut untuk menyelesaikan pendaftaran.',
  'social.verify.submit': 'Verifikasi',
  'social.useForm': 'Daftar dengan formulir saja',
  'social.error.Cancelled':
    'Proses masuk dengan {provider} dibatalkan. Coba lagi, atau daftar dengan formulir di bawah.',
  'social.error.StateMismatch':
    'Proses masuk ini tidak dapat dipercaya: sudah pernah digunakan, sudah kedaluwarsa, atau tidak dimulai di halaman ini. Mulai lagi.',
  'social.error.Expired': 'Proses masuk ini sudah kedaluwarsa atau sudah digunakan. Mulai lagi.',
  'social.error.AttributeNotShared':
    '{provider} tidak membagikan data yang diperlukan aplikasi ini: {attribute}. Daftar dengan formulir di bawah, atau izinkan {provider} membagikannya, lalu coba lagi.',
  'social.error.ProviderUnavailable':
    'Masuk dengan {provider} tidak tersedia di sini. Daftar dengan formulir di bawah.',
  'social.error.Failed':
    'Masuk dengan {provider} tidak berhasil. Coba lagi, atau daftar dengan formulir di bawah.',
  // Confirmation by link (react-cognito-signup/link).
  'link.incomplete':
    'Link konfirmasi ini tidak lengkap. Buka link di pesan terbaru yang kami kirim, atau masukkan kodenya.',
  'medium.EMAIL': 'email',
  'medium.SMS': 'SMS',
  'field.optional': ' (opsional)',
  'field.select.placeholder': 'Pilih…',
  'field.username.label': 'Nama pengguna',
  'field.password.label': 'Sandi',
  'field.confirmPassword.label': 'Konfirmasi sandi',
  'field.code.label': 'Kode konfirmasi',
  'field.code.hint': 'Kode dari pesan yang kami kirim.',
  'field.address.label': 'Alamat',
  'field.birthdate.label': 'Tanggal lahir',
  'field.email.label': 'Email',
  'field.family_name.label': 'Nama belakang',
  'field.gender.label': 'Jenis kelamin',
  'field.given_name.label': 'Nama depan',
  'field.locale.label': 'Bahasa',
  'field.middle_name.label': 'Nama tengah',
  'field.name.label': 'Nama lengkap',
  'field.nickname.label': 'Nama panggilan',
  'field.phone_number.label': 'Nomor telepon',
  'field.phone_number.hint': 'Dengan kode negara, mis. +6281234567890.',
  'field.picture.label': 'URL gambar',
  'field.preferred_username.label': 'Nama pengguna pilihan',
  'field.profile.label': 'URL profil',
  'field.website.label': 'Situs web',
  'field.zoneinfo.label': 'Zona waktu',
  'password.show': 'Tampilkan sandi',
  'password.requirements': 'Persyaratan sandi',
  'password.rule.minLength': 'Minimal {min} karakter',
  'password.rule.uppercase': 'Satu huruf besar',
  'password.rule.lowercase': 'Satu huruf kecil',
  'password.rule.number': 'Satu angka',
  'password.rule.symbol': 'Satu simbol',
  'password.rule.met': 'terpenuhi',
  'password.rule.unmet': 'belum terpenuhi',
  'phone.country': 'Negara/wilayah',
  'phone.hint': 'Pilih negara atau wilayah, lalu ketik nomor Anda.',
  'phone.invalid': 'Nomor ini tidak valid untuk negara atau wilayah yang dipilih.',
  'password.rule.breached': 'Tidak ditemukan dalam kebocoran data yang diketahui',
  'validation.breached': 'Sandi ini pernah muncul dalam kebocoran data. Pilih sandi lain.',
  'validation.breachedWarning':
    'Sandi ini muncul {count} kali dalam kebocoran data. Pilih sandi lain, atau kirim formulir lagi untuk tetap menggunakannya.',
  'validation.breachedUnchecked':
    'Sandi ini tidak dapat diperiksa terhadap kebocoran data yang diketahui. Coba lagi dalam beberapa saat.',
  'validation.required': 'Kolom ini wajib diisi.',
  'validation.consent': 'Setujui ini untuk membuat akun Anda.',
  'validation.tooLong': 'Gunakan maksimal {max} karakter.',
  'validation.tooShort': 'Gunakan minimal {min} karakter.',
  'validation.pattern': 'Nilai ini tidak diterima.',
  'validation.whitespace': 'Hapus spasi di awal atau akhir.',
  'validation.spaces': 'Nama pengguna tidak boleh berisi spasi.',
  'validation.email': 'Masukkan alamat email seperti nama@example.com.',
  'validation.phone': 'Masukkan nomor telepon dengan kode negara, seperti +6281234567890.',
  'validation.date': 'Masukkan tanggal dengan format YYYY-MM-DD.',
  'validation.url': 'Masukkan alamat web yang diawali dengan https://.',
  'validation.number': 'Masukkan angka.',
  'validation.min': 'Masukkan {min} atau lebih.',
  'validation.max': 'Masukkan {max} atau kurang.',
  'validation.passwordPolicy': 'Sandi belum memenuhi semua persyaratan.',
  'validation.mismatch': 'Sandi tidak cocok.',
  'error.InvalidParameterException':
    'Beberapa data tidak diterima. Periksa formulir, lalu coba lagi.',
  'error.verifiedContactMissing':
    'Kami memerlukan alamat email atau nomor telepon Anda untuk mengirim kode.',
  'error.UnexpectedLambdaException': 'Pendaftaran tidak tersedia saat ini. Coba lagi nanti.',
  'error.UserLambdaValidationException': '{lambdaMessage}',
  'error.lambdaRejected':
    'Pendaftaran Anda tidak diterima. Periksa data Anda atau coba lagi nanti.',
  'error.NotAuthorizedException': 'Permintaan ini tidak diizinkan.',
  'error.InvalidPasswordException': 'Sandi ini tidak memenuhi persyaratan.',
  'error.UsernameExistsException': 'Akun dengan nama pengguna ini sudah ada.',
  'error.UsernameExistsException.email': 'Akun dengan email ini sudah ada.',
  'error.UsernameExistsException.phone_number': 'Akun dengan nomor telepon ini sudah ada.',
  'error.UsernameExistsException.unconfirmed':
    'Akun ini belum dikonfirmasi. Pilih “Saya sudah punya kode” untuk mengonfirmasinya, atau daftar dengan data lain.',
  'error.UsernameExistsException.unconfirmedTo':
    'Akun bernama {username} sedang menunggu konfirmasi: kodenya telah dikirim ke {destination}. Jika itu alamat Anda, pilih “Saya sudah punya kode”; jika bukan, daftar dengan nama pengguna lain.',
  'error.TooManyRequestsException': 'Terlalu banyak percobaan. Tunggu sebentar, lalu coba lagi.',
  'error.InternalErrorException': 'Terjadi masalah di sistem kami. Coba lagi.',
  'error.LimitExceededException': 'Terlalu banyak percobaan. Coba lagi nanti.',
  'error.CodeDeliveryFailureException':
    'Kami tidak dapat mengirim kode. Periksa alamat atau nomornya.',
  'error.ForbiddenException': 'Permintaan ini diblokir.',
  'error.TooManyFailedAttemptsException':
    'Terlalu banyak kode yang salah. Tunggu sebentar, lalu coba lagi.',
  'error.CodeMismatchException': 'Kode itu salah. Periksa kembali, lalu coba lagi.',
  'error.ExpiredCodeException': 'Kode itu sudah kedaluwarsa. Kirim kode baru.',
  'error.AliasExistsException': 'Email atau nomor telepon ini sudah digunakan oleh akun lain.',
  'error.UserNotFoundException': 'Kami tidak dapat menemukan akun ini.',
  'error.OperationNotEnabledException': 'Pendaftaran tidak diaktifkan.',
  'error.NetworkError':
    'Kami tidak dapat terhubung ke server. Periksa koneksi Anda, lalu coba lagi.',
  'error.TimeoutError': 'Server terlalu lama merespons. Coba lagi.',
  'error.AbortError': 'Permintaan dibatalkan.',
  'error.InvalidResponseError': 'Server mengirim respons yang tidak terduga. Coba lagi.',
  'error.ConfigurationError': 'Pendaftaran tidak disiapkan dengan benar.',
  'error.SignUpCancelled': '{message}',
  'error.UnknownError': 'Terjadi masalah. Coba lagi.',
  'status.confirmStep': 'Periksa pesan Anda untuk mendapatkan kode konfirmasi.',
  'status.done': 'Akun Anda telah dikonfirmasi.',
  // Indonesian has no plural forms: every count reads as the message.
};

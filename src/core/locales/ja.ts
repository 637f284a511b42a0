import type { Messages } from './en.js';

/** Japanese. */
export const ja: Messages = {
  'locale.code': 'ja',
  'locale.dir': 'ltr',
  'locale.names': 'family given',
  'signUp.title': 'アカウントを作成',
  'signUp.submit': 'アカウントを作成',
  'signUp.submitting': 'アカウントを作成しています…',
  'signUp.haveCode': '確認コードをお持ちの方',
  'confirm.title': 'アカウントの確認',
  'confirm.instructions':
    '{destination} に{medium}で確認コードを送信しました。下に入力してください。',
  'confirm.instructionsNoDestination':
    'このページからは確認コードを送信していません。{username} の確認コードをお持ちの場合は下に入力するか、確認コードを再送信してください。',
  'confirm.submit': '確認する',
  'confirm.submitting': '確認しています…',
  'confirm.resend': '確認コードを再送信',
  'confirm.resendIn': '{seconds} 秒後に再送信できます',
  'confirm.resent': '新しい確認コードを {destination} に送信しました。',
  'confirm.startOver': '最初からやり直す',
  'done.title': '登録が完了しました',
  'done.message': 'アカウントの準備ができました。サインインできます。',
  'signedIn.title': 'ようこそ',
  'signedIn.message': 'アカウントの準備ができ、{username} としてサインインしました。',
  // The passkey step (react-cognito-signup/passkey).
  'passkey.offer':
    'パスキーを追加すると、次回からパスワードの代わりに指紋認証、顔認証、画面ロックでサインインできます。',
  'passkey.add': 'パスキーを追加',
  'passkey.skip': '今はしない',
  'passkey.continue': '続ける',
  'passkey.registering': 'デバイスまたはブラウザの案内に従ってください。',
  'passkey.registered': 'パスキーを追加しました。次回はパスキーでサインインできます。',
  'passkey.error.NotAllowedError':
    '操作がキャンセルされたかタイムアウトしたため、パスキーは追加されませんでした。もう一度お試しいただくか、今回はスキップしてください。',
  'passkey.error.InvalidStateError':
    'このデバイスにはすでにこのアカウントのパスキーがあります。そのパスキーでサインインできます。',
  'passkey.error.LimitExceededException':
    'このアカウントのパスキーは上限に達しています。別のパスキーを追加するには、アカウント設定で1つ削除してください。',
  'passkey.error.TooManyRequestsException': '試行回数が多すぎます。少し待ってからお試しください。',
  'passkey.error.NotAuthorizedException':
    'サインインの有効期限が切れたため、パスキーは追加されませんでした。もう一度サインインしてから追加してください。',
  'passkey.error.unavailable':
    'この環境ではまだパスキーを利用できません。サインインは完了しています。パスキーは後で追加できます。',
  'passkey.error.failed':
    'パスキーを追加できませんでした。もう一度試すか、今回はスキップしてください。',
  // Social sign-up (react-cognito-signup/social).
  'social.or': 'または',
  'social.continueWith': '{provider} で続ける',
  'social.completing': '{provider} でサインインしています…',
  'social.profile.title': 'プロフィールの入力',
  'social.profile.message':
    'あと少しです。このアプリに必要な情報のうち、{provider} から共有されなかったものを入力してください。',
  'social.profile.submit': '続ける',
  'social.verify.title': '連絡先の確認',
  'social.verify.message':
    '{destination} に確認コードを送信しました。入力して登録を完了してください。',
  'social.verify.submit': '確認する',
  'social.useForm': 'フォームで登録する',
  'social.error.Cancelled':
    '{provider} でのサインインがキャンセルされました。もう一度お試しいただくか、下のフォームで登録してください。',
  'social.error.StateMismatch':
    'このサインインは信頼できません。すでに使用されたか、有効期限が切れたか、このページで開始されたものではありません。最初からやり直してください。',
  'social.error.Expired':
    'このサインインは有効期限が切れたか、すでに使用されています。最初からやり直してください。',
  'social.error.AttributeNotShared':
    'このアプリに必要な{attribute}が {provider} から共有されませんでした。下のフォームで登録するか、{provider} で共有を許可してからもう一度お試しください。',
  'social.error.ProviderUnavailable':
    'ここでは {provider} でのサインインを利用できません。下のフォームで登録してください。',
  'social.error.Failed':
    '{provider} でサインインできませんでした。もう一度お試しいただくか、下のフォームで登録してください。',
  // Confirmation by link (react-cognito-signup/link).
  'link.incomplete':
    'この確認リンクは不完全です。最新のメッセージに記載のリンクを開くか、確認コードを入力してください。',
  'medium.EMAIL': 'メール',
  'medium.SMS': 'SMS',
  'field.optional': '（任意）',
  'field.select.placeholder': '選択してください',
  'field.username.label': 'ユーザー名',
  'field.password.label': 'パスワード',
  'field.confirmPassword.label': 'パスワード（確認）',
  'field.code.label': '確認コード',
  'field.code.hint': '送信したメッセージに記載の確認コードです。',
  'field.address.label': '住所',
  'field.birthdate.label': '生年月日',
  'field.email.label': 'メールアドレス',
  'field.family_name.label': '姓',
  'field.gender.label': '性別',
  'field.given_name.label': '名',
  'field.locale.label': '言語',
  'field.middle_name.label': 'ミドルネーム',
  'field.name.label': '氏名',
  'field.nickname.label': 'ニックネーム',
  'field.phone_number.label': '電話番号',
  'field.phone_number.hint': '国番号から入力してください（例：+819012345678）。',
  'field.picture.label': '画像の URL',
  'field.preferred_username.label': '表示用ユーザー名',
  'field.profile.label': 'プロフィールの URL',
  'field.website.label': 'ウェブサイト',
  'field.zoneinfo.label': 'タイムゾーン',
  'password.show': 'パスワードを表示',
  'password.requirements': 'パスワードの条件',
  'password.rule.minLength': '{min} 文字以上',
  'password.rule.uppercase': '英大文字を含む',
  'password.rule.lowercase': '英小文字を含む',
  'password.rule.number': '数字を含む',
  'password.rule.symbol': '記号を含む',
  'password.rule.met': '満たしています',
  'password.rule.unmet': 'まだ満たしていません',
  'phone.country': '国/地域',
  'phone.hint': '国/地域を選んでから電話番号を入力してください。',
  'phone.invalid': '選択した国/地域の電話番号として正しくありません。',
  'password.rule.breached': '既知のデータ漏えいに含まれていない',
  'validation.breached':
    'このパスワードは既知のデータ漏えいに含まれています。別のパスワードを設定してください。',
  'validation.breachedWarning':
    'このパスワードはデータ漏えいで {count} 回確認されています。別のパスワードを設定するか、このまま使う場合はもう一度送信してください。',
  'validation.breachedUnchecked':
    '既知のデータ漏えいとの照合ができませんでした。しばらくしてからもう一度お試しください。',
  'validation.required': 'この項目は必須です。',
  'validation.consent': 'アカウントを作成するには同意してください。',
  'validation.tooLong': '{max} 文字以内で入力してください。',
  'validation.tooShort': '{min} 文字以上で入力してください。',
  'validation.pattern': 'この値は使用できません。',
  'validation.whitespace': '先頭と末尾の空白を削除してください。',
  'validation.spaces': 'ユーザー名に空白は使えません。',
  'validation.email': 'name@example.com のようなメールアドレスを入力してください。',
  'validation.phone': '+819012345678 のように国番号付きで入力してください。',
  'validation.date': 'YYYY-MM-DD の形式で入力してください。',
  'validation.url': 'https:// で始まる URL を入力してください。',
  'validation.number': '数値を入力してください。',
  'validation.min': '{min} 以上を入力してください。',
  'validation.max': '{max} 以下を入力してください。',
  'validation.passwordPolicy': 'パスワードがすべての条件を満たしていません。',
  'validation.mismatch': 'パスワードが一致しません。',
  'error.InvalidParameterException':
    '一部の入力内容が受け付けられませんでした。確認してもう一度お試しください。',
  'error.verifiedContactMissing':
    '確認コードを送信するため、メールアドレスまたは電話番号が必要です。',
  'error.UnexpectedLambdaException': '現在登録できません。しばらくしてからもう一度お試しください。',
  'error.UserLambdaValidationException': '{lambdaMessage}',
  'error.lambdaRejected':
    '登録を受け付けられませんでした。入力内容を確認するか、しばらくしてからもう一度お試しください。',
  'error.NotAuthorizedException': 'この操作は許可されていません。',
  'error.InvalidPasswordException': 'このパスワードは条件を満たしていません。',
  'error.UsernameExistsException': 'このユーザー名のアカウントはすでに存在します。',
  'error.UsernameExistsException.email': 'このメールアドレスのアカウントはすでに存在します。',
  'error.UsernameExistsException.phone_number': 'この電話番号のアカウントはすでに存在します。',
  'error.TooManyRequestsException': '試行回数が多すぎます。少し待ってからお試しください。',
  'error.UsernameExistsException.unconfirmed':
    'このアカウントはまだ確認されていません。「確認コードをお持ちの方」を選んで確認するか、別の情報で登録してください。',
  'error.UsernameExistsException.unconfirmedTo':
    'ユーザー名 {username} のアカウントは確認待ちです。確認コードは {destination} に送信されています。ご自身のものであれば「確認コードをお持ちの方」を選んでください。そうでない場合は、別のユーザー名で登録してください。',
  'error.InternalErrorException': 'サーバー側で問題が発生しました。もう一度お試しください。',
  'error.LimitExceededException': '試行回数が多すぎます。しばらくしてからもう一度お試しください。',
  'error.CodeDeliveryFailureException':
    '確認コードを送信できませんでした。メールアドレスまたは電話番号をご確認ください。',
  'error.ForbiddenException': 'この操作はブロックされました。',
  'error.TooManyFailedAttemptsException':
    '誤った確認コードの入力が多すぎます。しばらくしてからもう一度お試しください。',
  'error.CodeMismatchException': '確認コードが正しくありません。確認してもう一度お試しください。',
  'error.ExpiredCodeException': '確認コードの有効期限が切れています。コードを再送信してください。',
  'error.AliasExistsException':
    'このメールアドレスまたは電話番号は別のアカウントで使用されています。',
  'error.UserNotFoundException': 'アカウントが見つかりません。',
  'error.OperationNotEnabledException': '登録は有効になっていません。',
  'error.NetworkError': 'サーバーに接続できません。接続を確認してもう一度お試しください。',
  'error.TimeoutError': 'サーバーの応答に時間がかかりすぎました。もう一度お試しください。',
  'error.AbortError': 'リクエストはキャンセルされました。',
  'error.InvalidResponseError': 'サーバーから予期しない応答がありました。もう一度お試しください。',
  'error.ConfigurationError': '登録の設定に誤りがあります。',
  'error.SignUpCancelled': '{message}',
  'error.UnknownError': '問題が発生しました。もう一度お試しください。',
  'status.confirmStep': '届いたメッセージで確認コードをご確認ください。',
  'status.done': 'アカウントが確認されました。',
};

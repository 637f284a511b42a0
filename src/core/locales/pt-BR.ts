import type { Messages } from './en.js';

/** Portuguese (Brazil). */
export const ptBR: Messages = {
  'locale.code': 'pt-BR',
  'locale.dir': 'ltr',
  'locale.names': 'given family',
  'signUp.title': 'Crie sua conta',
  'signUp.submit': 'Criar conta',
  'signUp.submitting': 'Criando conta…',
  'signUp.haveCode': 'Já tenho um código',
  'confirm.title': 'Confirme sua conta',
  'confirm.instructions': 'Enviamos um código por {medium} para {destination}. Digite-o abaixo.',
  'confirm.instructionsNoDestination':
    'Nenhum código foi enviado por esta página. Se você tiver um código para {username}, digite-o abaixo ou peça um novo.',
  'confirm.submit': 'Confirmar',
  'confirm.submitting': 'Confirmando…',
  'confirm.resend': 'Enviar novo código',
  'confirm.resendIn': 'Enviar novo código em {seconds} s',
  'confirm.resent': 'Um novo código foi enviado para {destination}.',
  'confirm.startOver': 'Recomeçar',
  'done.title': 'Tudo pronto',
  'done.message': 'Sua conta está pronta. Você já pode entrar.',
  'signedIn.title': 'Boas-vindas',
  'signedIn.message': 'Sua conta está pronta e você entrou como {username}.',
  // The passkey step (react-cognito-signup/passkey).
  'passkey.offer':
    'Adicione uma chave de acesso e, na próxima vez, entre com sua digital, seu rosto ou o bloqueio de tela em vez de uma senha.',
  'passkey.add': 'Adicionar chave de acesso',
  'passkey.skip': 'Agora não',
  'passkey.continue': 'Continuar',
  'passkey.registering': 'Siga as instruções do seu dispositivo ou navegador.',
  'passkey.registered': 'Chave de acesso adicionada. Da próxima vez, use-a para entrar.',
  'passkey.error.NotAllowedError':
    'Nenhuma chave de acesso foi adicionada: a solicitação foi cancelada ou expirou. Tente novamente ou pule esta etapa por enquanto.',
  'passkey.error.InvalidStateError':
    'Este dispositivo já tem uma chave de acesso para sua conta: você pode entrar com ela.',
  'passkey.error.LimitExceededException':
    'Sua conta já tem o número máximo de chaves de acesso. Remova uma nas configurações da conta para adicionar outra.',
  'passkey.error.TooManyRequestsException':
    'Muitas tentativas. Aguarde um momento e tente novamente.',
  'passkey.error.NotAuthorizedException':
    'Sua sessão expirou, então nenhuma chave de acesso foi adicionada. Entre novamente para adicionar uma.',
  'passkey.error.unavailable':
    'As chaves de acesso ainda não estão disponíveis aqui. Você já entrou; pode adicionar uma depois.',
  'passkey.error.failed':
    'Não foi possível adicionar a chave de acesso. Tente novamente ou pule esta etapa por enquanto.',
  // Social sign-up (react-cognito-signup/social).
  'social.or': 'ou',
  'social.continueWith': 'Continuar com {provider}',
  'social.completing': 'Entrando com {provider}…',
  'social.profile.title': 'Complete seu perfil',
  'social.profile.message':
    'Só mais uma etapa: este app precisa de alguns dados que {provider} não compartilhou.',
  'social.profile.submit': 'Continuar',
  'social.verify.title': 'Verifique seus dados de contato',
  'social.verify.message': 'Enviamos um código para {destination}. Digite-o para concluir.',
  'social.verify.submit': 'Verificar',
  'social.useForm': 'Usar o formulário de cadastro',
  'social.error.Cancelled':
    'O acesso com {provider} foi cancelado. Tente novamente ou cadastre-se pelo formulário abaixo.',
  'social.error.StateMismatch':
    'Não é possível confiar neste acesso: ele já foi usado, expirou ou não começou nesta página. Comece de novo.',
  'social.error.Expired': 'Este acesso expirou ou já foi usado. Comece de novo.',
  'social.error.AttributeNotShared':
    '{provider} não compartilhou um dado de que este app precisa: {attribute}. Cadastre-se pelo formulário abaixo ou permita que {provider} compartilhe esse dado e tente novamente.',
  'social.error.ProviderUnavailable':
    'Não é possível entrar com {provider} aqui. Cadastre-se pelo formulário abaixo.',
  'social.error.Failed':
    'Não foi possível entrar com {provider}. Tente novamente ou cadastre-se pelo formulário abaixo.',
  // Confirmation by link (react-cognito-signup/link).
  'link.incomplete':
    'Este link de confirmação está incompleto. Abra o link da mensagem mais recente que enviamos ou digite o código.',
  'medium.EMAIL': 'e-mail',
  'medium.SMS': 'SMS',
  'field.optional': ' (opcional)',
  'field.select.placeholder': 'Selecione…',
  'field.username.label': 'Nome de usuário',
  'field.password.label': 'Senha',
  'field.confirmPassword.label': 'Confirmar senha',
  'field.code.label': 'Código de confirmação',
  'field.code.hint': 'O código da mensagem que enviamos.',
  'field.address.label': 'Endereço',
  'field.birthdate.label': 'Data de nascimento',
  'field.email.label': 'E-mail',
  'field.family_name.label': 'Sobrenome',
  'field.gender.label': 'Gênero',
  'field.given_name.label': 'Nome',
  'field.locale.label': 'Idioma',
  'field.middle_name.label': 'Nome do meio',
  'field.name.label': 'Nome completo',
  'field.nickname.label': 'Apelido',
  'field.phone_number.label': 'Número de telefone',
  'field.phone_number.hint': 'Com o código do país, por exemplo +5511912345678.',
  'field.picture.label': 'URL da foto',
  'field.preferred_username.label': 'Nome de usuário preferido',
  'field.profile.label': 'URL do perfil',
  'field.website.label': 'Site',
  'field.zoneinfo.label': 'Fuso horário',
  'password.show': 'Mostrar senha',
  'password.requirements': 'Requisitos da senha',
  'password.rule.minLength': 'Pelo menos {min} caracteres',
  'password.rule.uppercase': 'Uma letra maiúscula',
  'password.rule.lowercase': 'Uma letra minúscula',
  'password.rule.number': 'Um número',
  'password.rule.symbol': 'Um símbolo',
  'password.rule.met': 'atendido',
  'password.rule.unmet': 'ainda não atendido',
  'phone.country': 'País',
  'phone.hint': 'Escolha o país e digite seu número.',
  'phone.invalid': 'Este número não é válido para o país escolhido.',
  'password.rule.breached': 'Não encontrada em vazamentos de dados conhecidos',
  'validation.breached': 'Esta senha apareceu em um vazamento de dados. Escolha outra.',
  'validation.breachedWarning':
    'Esta senha apareceu {count} vezes em vazamentos de dados. Escolha outra ou envie o formulário de novo para mantê-la.',
  'validation.breachedWarning.one':
    'Esta senha apareceu {count} vez em vazamentos de dados. Escolha outra ou envie o formulário de novo para mantê-la.',
  'validation.breachedWarning.many':
    'Esta senha apareceu {count} de vezes em vazamentos de dados. Escolha outra ou envie o formulário de novo para mantê-la.',
  'validation.breachedUnchecked':
    'Não foi possível verificar esta senha em vazamentos de dados conhecidos. Tente de novo em instantes.',
  'validation.required': 'Este campo é obrigatório.',
  'validation.consent': 'Aceite para criar sua conta.',
  'validation.tooLong': 'Use no máximo {max} caracteres.',
  'validation.tooShort': 'Use pelo menos {min} caracteres.',
  'validation.pattern': 'Este valor não é aceito.',
  'validation.whitespace': 'Remova os espaços do início ou do fim.',
  'validation.spaces': 'O nome de usuário não pode ter espaços.',
  'validation.email': 'Digite um e-mail como nome@example.com.',
  'validation.phone': 'Digite um número de telefone com o código do país, como +5511912345678.',
  'validation.date': 'Digite uma data no formato AAAA-MM-DD.',
  'validation.url': 'Digite um endereço da web começando com https://.',
  'validation.number': 'Digite um número.',
  'validation.min': 'Digite {min} ou mais.',
  'validation.max': 'Digite {max} ou menos.',
  'validation.passwordPolicy': 'A senha não atende a todos os requisitos.',
  'validation.mismatch': 'As senhas não coincidem.',
  'error.InvalidParameterException':
    'Alguns dados não foram aceitos. Confira o formulário e tente novamente.',
  'error.verifiedContactMissing':
    'Precisamos do seu e-mail ou número de telefone para enviar o código.',
  'error.UnexpectedLambdaException':
    'O cadastro está indisponível no momento. Tente novamente mais tarde.',
  'error.UserLambdaValidationException': '{lambdaMessage}',
  'error.lambdaRejected':
    'Seu cadastro não foi aceito. Confira seus dados ou tente novamente mais tarde.',
  'error.NotAuthorizedException': 'Esta solicitação não é permitida.',
  'error.InvalidPasswordException': 'Esta senha não atende aos requisitos.',
  'error.UsernameExistsException': 'Já existe uma conta com este nome de usuário.',
  'error.UsernameExistsException.email': 'Já existe uma conta com este e-mail.',
  'error.UsernameExistsException.phone_number': 'Já existe uma conta com este número de telefone.',
  'error.TooManyRequestsException': 'Muitas tentativas. Aguarde um momento e tente novamente.',
  'error.UsernameExistsException.unconfirmed':
    'Esta conta ainda não foi confirmada. Escolha “Já tenho um código” para confirmá-la ou cadastre-se com outros dados.',
  'error.UsernameExistsException.unconfirmedTo':
    'A conta {username} está aguardando confirmação: o código foi enviado para {destination}. Se esse for o seu endereço, escolha “Já tenho um código”; se não, cadastre-se com outro nome de usuário.',
  'error.InternalErrorException': 'Algo deu errado do nosso lado. Tente novamente.',
  'error.LimitExceededException': 'Muitas tentativas. Tente novamente mais tarde.',
  'error.CodeDeliveryFailureException':
    'Não foi possível enviar o código. Confira o e-mail ou o número.',
  'error.ForbiddenException': 'Esta solicitação foi bloqueada.',
  'error.TooManyFailedAttemptsException':
    'Muitos códigos incorretos. Aguarde um momento e tente novamente.',
  'error.CodeMismatchException': 'Esse código não está correto. Confira e tente novamente.',
  'error.ExpiredCodeException': 'Esse código expirou. Peça um novo.',
  'error.AliasExistsException': 'Este e-mail ou número de telefone já está em uso em outra conta.',
  'error.UserNotFoundException': 'Não encontramos esta conta.',
  'error.OperationNotEnabledException': 'O cadastro não está ativado.',
  'error.NetworkError':
    'Não foi possível acessar o servidor. Verifique sua conexão e tente novamente.',
  'error.TimeoutError': 'O servidor demorou demais para responder. Tente novamente.',
  'error.AbortError': 'A solicitação foi cancelada.',
  'error.InvalidResponseError': 'O servidor enviou uma resposta inesperada. Tente novamente.',
  'error.ConfigurationError': 'O cadastro não está configurado corretamente.',
  'error.SignUpCancelled': '{message}',
  'error.UnknownError': 'Algo deu errado. Tente novamente.',
  'status.confirmStep': 'Procure o código de confirmação nas suas mensagens.',
  'status.done': 'Sua conta foi confirmada.',
  // Plural forms of the messages with a count (see createTranslator).
  'validation.tooLong.one': 'Use no máximo {max} caractere.',
  'validation.tooShort.one': 'Use pelo menos {min} caractere.',
};

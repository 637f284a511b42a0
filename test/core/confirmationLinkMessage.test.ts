import { describe, expect, it } from 'vitest';
import { playCustomMessage } from '../../dev/trigger-server.mjs';
import {
  type CustomMessageTriggerEvent,
  createConfirmationLinkMessage,
} from '../../src/server/index.ts';

function event(
  userName: string,
  overrides: Partial<CustomMessageTriggerEvent> = {},
): CustomMessageTriggerEvent {
  return {
    triggerSource: 'CustomMessage_SignUp',
    userName,
    userPoolId: 'local_pool',
    request: {
      codeParameter: '{####}',
      usernameParameter: null,
      userAttributes: { email: 'ana@example.com' },
      clientMetadata: {},
    },
    response: { smsMessage: null, emailMessage: null, emailSubject: null },
    ...overrides,
  };
}

const count = (text: string, part: string) => text.split(part).length - 1;
/** The href of each `<a>` in an HTML message, as a browser reads it (`&amp;` is `&`). */
const hrefs = (html: string) =>
  [...html.matchAll(/<a href="([^"]*)"/g)].map((match) =>
    (match[1] ?? '').replaceAll('&amp;', '&'),
  );

describe('createConfirmationLinkMessage (react-cognito-signup/server)', () => {
  const handler = createConfirmationLinkMessage({ appUrl: 'https://app.example/confirm' });

  it('puts the code placeholder, unencoded, into a link in the email and the SMS', async () => {
    const answer = await handler(event('ana'));
    const { emailMessage, smsMessage, emailSubject } = answer.response;
    const link = 'https://app.example/confirm#u=ana&c={####}';
    expect(emailSubject).toBe('Confirm your account');
    expect(hrefs(String(emailMessage))).toEqual([link]);
    // The link as text too, HTML-escaped, and the code itself (another device, a cut link).
    expect(emailMessage).toContain('https://app.example/confirm#u=ana&amp;c={####}');
    expect(emailMessage).toContain('Or enter this code on the sign-up page: {####}');
    expect(count(String(emailMessage), '{####}')).toBe(3);
    expect(smsMessage).toContain(link);
    expect(count(String(smsMessage), '{####}')).toBe(1);
    expect(emailMessage).not.toContain('%7B');
  });

  it('URL-encodes the username, so HTML in it stays inert', async () => {
    for (const [userName, encoded] of [
      ['ana+x@example.com', 'ana%2Bx%40example.com'],
      ['<b>bold</b>', '%3Cb%3Ebold%3C%2Fb%3E'],
      ['o"neil', 'o%22neil'],
    ] as const) {
      const { emailMessage, smsMessage } = (await handler(event(userName))).response;
      expect(hrefs(String(emailMessage))).toEqual([
        `https://app.example/confirm#u=${encoded}&c={####}`,
      ]);
      expect(smsMessage).toBe(
        `Confirm your account: https://app.example/confirm#u=${encoded}&c={####}`,
      );
      expect(emailMessage).not.toContain('<b>');
      expect(
        new URLSearchParams(String(hrefs(String(emailMessage))[0]).split('#')[1]).get('u'),
      ).toBe(userName);
    }
    // encodeURIComponent leaves ' as it is: the HTML escapes it.
    const { emailMessage } = (await handler(event("o'neil"))).response;
    expect(emailMessage).toContain('#u=o&#39;neil&amp;c={####}');
  });

  it('answers a resend too, and uses the placeholder the event names', async () => {
    const answer = await handler(
      event('ana', {
        triggerSource: 'CustomMessage_ResendCode',
        request: { codeParameter: '{1234}', userAttributes: {} },
      }),
    );
    expect(answer.response.smsMessage).toContain('#u=ana&c={1234}');
    expect(answer.response.emailMessage).not.toContain('{####}');
  });

  it('returns other trigger sources untouched', async () => {
    for (const triggerSource of [
      'CustomMessage_ForgotPassword',
      'CustomMessage_AdminCreateUser',
      'CustomMessage_UpdateUserAttribute',
      'CustomMessage_VerifyUserAttribute',
      'CustomMessage_Authentication',
    ]) {
      const input = event('ana', { triggerSource });
      const before = structuredClone(input);
      const answer = await handler(input);
      expect(answer).toBe(input);
      expect(answer).toEqual(before);
    }
  });

  it('returns the event untouched when `when` says no', async () => {
    const linkOnRequest = createConfirmationLinkMessage({
      appUrl: 'https://app.example/confirm',
      when: (e) => e.request.clientMetadata?.confirm === 'link',
    });
    const plain = event('ana');
    expect(await linkOnRequest(plain)).toBe(plain);
    const asked = event('ana', {
      request: { codeParameter: '{####}', clientMetadata: { confirm: 'link' } },
    });
    expect((await linkOnRequest(asked)).response.smsMessage).toContain('#u=ana&c={####}');
    const asyncNo = createConfirmationLinkMessage({
      appUrl: 'https://app.example/confirm',
      when: async () => false,
    });
    expect(await asyncNo(plain)).toBe(plain);
  });

  it('takes its own words and subject, and refuses words without the link', async () => {
    const custom = createConfirmationLinkMessage({
      appUrl: 'https://app.example/confirm?lang=fr',
      subject: (e) => `Bienvenue ${e.userName}`,
      message: (link) => ({
        email: `<a href="${link.replaceAll('&', '&amp;')}">Ici</a>`,
        sms: link,
      }),
    });
    const { response } = await custom(event('ana'));
    expect(response.emailSubject).toBe('Bienvenue ana');
    expect(response.smsMessage).toBe('https://app.example/confirm?lang=fr#u=ana&c={####}');
    const forgetful = createConfirmationLinkMessage({
      appUrl: 'https://app.example/confirm',
      message: () => ({ email: 'Welcome!', sms: 'Welcome!' }),
    });
    await expect(forgetful(event('ana'))).rejects.toThrow(/email must contain the link/);
  });

  it('refuses an app URL that is not https (http on loopback only)', () => {
    for (const appUrl of [
      'http://app.example/confirm',
      'app.example/confirm',
      '/confirm',
      'javascript:alert(1)',
      'ftp://app.example/',
      'https://user:pass@app.example/confirm',
      'https://app.example/confirm#already',
      'http://127.0.0.1.evil.example/',
      '',
    ]) {
      expect(() => createConfirmationLinkMessage({ appUrl }), appUrl).toThrow(/appUrl/);
    }
    for (const appUrl of [
      'https://app.example/confirm',
      'http://localhost:5173/',
      'http://127.0.0.1:5999/confirm',
      'http://[::1]:5173/',
    ]) {
      expect(() => createConfirmationLinkMessage({ appUrl }), appUrl).not.toThrow();
    }
  });
});

describe('the local trigger stand-in plays the same helper', () => {
  it('sends the same link as createConfirmationLinkMessage when asked for link mode', async () => {
    const asked = event('ana+x@example.com', {
      request: {
        codeParameter: '{####}',
        clientMetadata: { confirm: 'link', linkUrl: 'http://127.0.0.1:5999/confirm' },
      },
    });
    const played = await playCustomMessage(asked, 'http://localhost:5173/');
    const direct = await createConfirmationLinkMessage({
      appUrl: 'http://127.0.0.1:5999/confirm',
    })(asked);
    expect(played.response).toEqual(direct.response);
    expect(played.response.smsMessage).toContain(
      'http://127.0.0.1:5999/confirm#u=ana%2Bx%40example.com&c={####}',
    );
  });

  it('uses its own page for a link elsewhere than loopback, and the code message without link mode', async () => {
    const foreign = event('ana', {
      request: {
        codeParameter: '{####}',
        clientMetadata: { confirm: 'link', linkUrl: 'https://evil.example/confirm' },
      },
    });
    const played = await playCustomMessage(foreign, 'http://localhost:5173/');
    expect(played.response.smsMessage).toContain('http://localhost:5173/#u=ana&c={####}');
    const plain = await playCustomMessage(event('ana'), 'http://localhost:5173/');
    expect(plain.response).toEqual({ smsMessage: null, emailMessage: null, emailSubject: null });
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSignUpFlow, type SignUpFlowOptions } from '../../src/core/index.ts';
import { confirmationLink, readConfirmationLink, withoutConfirmationLink } from '../../src/link.ts';
import { createFakeTransport, type FakeHandlers } from '../../src/testing.ts';
import { PASSWORD, unconfirmed } from '../fixtures/signUp.ts';

// Confirmation by link without a browser: the link read and removed from the address, the
// account confirmed with the form's ClientMetadata, and, in the browser that signed up, the
// sign-up's Session handed over between tabs (two flows on one BroadcastChannel).

const SIGNUP_SESSION = 'signup-session-0123456789';
const APP = 'https://app.example/confirm';

/** The address bar and history of a page opened at `href`. */
function page(href: string) {
  const location = { href };
  const history = {
    state: null,
    replaceState: vi.fn((_: unknown, __: string, url: string) => {
      location.href = url;
    }),
  };
  vi.stubGlobal('location', location);
  vi.stubGlobal('history', history);
  return { location, history };
}

function flowWith(handlers: FakeHandlers, options: Partial<SignUpFlowOptions> = {}) {
  const transport = createFakeTransport(handlers);
  const flow = createSignUpFlow({
    clientId: 'client1',
    persist: false,
    retryDelay: 1,
    clientMetadata: { source: 'app' },
    transport,
    ...options,
  });
  return { flow, transport };
}

afterEach(() => vi.unstubAllGlobals());

describe('readConfirmationLink', () => {
  it('reads the username and the code from the fragment (the default) or the query', () => {
    expect(readConfirmationLink(`${APP}#u=ana%2Bx%40example.com&c=123456`)).toEqual({
      username: 'ana+x@example.com',
      code: '123456',
    });
    expect(readConfirmationLink(`${APP}?u=ana&c=1%202%203`, { in: 'query' })).toEqual({
      username: 'ana',
      code: '123',
    });
    expect(
      readConfirmationLink(`${APP}#user=ana&code=9`, { usernameParam: 'user', codeParam: 'code' }),
    ).toEqual({ username: 'ana', code: '9' });
  });

  it('says a link that lost a part is incomplete, and a page without one is no link', () => {
    expect(readConfirmationLink(`${APP}#u=ana`)).toEqual({ incomplete: true });
    expect(readConfirmationLink(`${APP}#c=123`)).toEqual({ incomplete: true });
    expect(readConfirmationLink(`${APP}#section`)).toBeUndefined();
    expect(readConfirmationLink(APP)).toBeUndefined();
  });

  it('removes only its own parameters from the address', () => {
    expect(withoutConfirmationLink(`${APP}?lang=de#u=ana&c=1`)).toBe(`${APP}?lang=de`);
    expect(withoutConfirmationLink(`${APP}#u=ana&c=1&tab=2`)).toBe(`${APP}#tab=2`);
    expect(withoutConfirmationLink(`${APP}?u=ana&c=1&lang=de`, { in: 'query' })).toBe(
      `${APP}?lang=de`,
    );
  });
});

describe('following a link', () => {
  it('removes the code from the address at once and confirms with the form’s ClientMetadata', async () => {
    const { history, location } = page(`${APP}#u=ana&c=123456`);
    const { flow, transport } = flowWith({ ConfirmSignUp: {} });
    const stop = confirmationLink({ handoffMs: 10 }).follow({ flow, clientId: 'client1' });
    expect(history.replaceState).toHaveBeenCalledWith(null, '', APP);
    expect(location.href).toBe(APP);
    await vi.waitFor(() => expect(flow.getState().step).toBe('done'));
    expect(transport.calls.map((c) => c.request)).toEqual([
      expect.objectContaining({
        Username: 'ana',
        ConfirmationCode: '123456',
        ClientMetadata: { source: 'app' },
      }),
    ]);
    expect(transport.calls[0]?.request).not.toHaveProperty('Session');
    stop();
  });

  it('in the browser that signed up: the tab that did hands over its Session, and the link ends signed in', async () => {
    // The tab that signed up: at the confirm step, its SignUp's Session in memory.
    page(`${APP}`);
    const signedUp = flowWith({ SignUp: { ...unconfirmed, Session: SIGNUP_SESSION } });
    const stopFirst = confirmationLink().follow({ flow: signedUp.flow, clientId: 'client1' });
    await signedUp.flow.signUp({ username: 'ana', password: PASSWORD });
    expect(signedUp.flow.getState().step).toBe('confirm');

    // The link's page, in another tab of the same browser.
    page(`${APP}#u=ana&c=123456`);
    const signedIn = { username: 'ana', tokens: { idToken: 'i', accessToken: 'a' } };
    const autoSignIn = vi.fn(async () => ({ signedIn }));
    const linkTab = flowWith(
      { ConfirmSignUp: { Session: 'confirm-session-0123456789' } },
      { autoSignIn },
    );
    const stopLink = confirmationLink().follow({ flow: linkTab.flow, clientId: 'client1' });
    await vi.waitFor(() => expect(linkTab.flow.getState().step).toBe('signedIn'));
    expect(linkTab.transport.calls[0]?.request).toMatchObject({ Session: SIGNUP_SESSION });
    expect(autoSignIn).toHaveBeenCalledWith(
      expect.objectContaining({ session: 'confirm-session-0123456789' }),
    );
    stopFirst();
    stopLink();
  });

  it('hands over no Session for another username, nor from another app client', async () => {
    page(APP);
    const signedUp = flowWith({ SignUp: { ...unconfirmed, Session: SIGNUP_SESSION } });
    const stopFirst = confirmationLink().follow({ flow: signedUp.flow, clientId: 'client1' });
    await signedUp.flow.signUp({ username: 'ana', password: PASSWORD });
    for (const [href, clientId] of [
      [`${APP}#u=eve&c=1`, 'client1'],
      [`${APP}#u=ana&c=1`, 'client2'],
    ] as const) {
      page(href);
      const other = flowWith({ ConfirmSignUp: {} }, { clientId });
      const stop = confirmationLink({ handoffMs: 50 }).follow({ flow: other.flow, clientId });
      await vi.waitFor(() => expect(other.transport.calls).toHaveLength(1));
      expect(other.transport.calls[0]?.request).not.toHaveProperty('Session');
      stop();
    }
    stopFirst();
  });

  it('says an incomplete link in words and sends nothing', () => {
    page(`${APP}#u=ana`);
    const { flow, transport } = flowWith({});
    confirmationLink().follow({ flow, clientId: 'client1' })();
    expect(flow.getState().error?.messageKey).toBe('link.incomplete');
    expect(transport.calls).toEqual([]);
  });

  it('confirms once when the form mounts twice at once (React StrictMode)', async () => {
    page(`${APP}#u=ana&c=123456`);
    const { flow, transport } = flowWith({ ConfirmSignUp: {} });
    const link = confirmationLink({ handoffMs: 20 });
    link.follow({ flow, clientId: 'client1' })();
    const stop = link.follow({ flow, clientId: 'client1' });
    await vi.waitFor(() => expect(flow.getState().step).toBe('done'));
    expect(transport.calls).toHaveLength(1);
    stop();
  });
});

import { useEffect, useState } from 'react';
import type { CognitoConfig } from '../src/core/index.ts';
import { createPasskeyStep, type PasskeyStep, usePasskey } from '../src/passkey.ts';
import { loadIdentityJs } from '../src/sign-in.ts';

interface Current {
  username: string;
  claims: Record<string, unknown>;
  accessToken: string;
  signOut: () => void;
}

/**
 * "Signed in as …": read back the way any app built on amazon-cognito-identity-js reads it,
 * `new CognitoUserPool(…).getCurrentUser().getSession()`, from the session the kit cached.
 * The library loads only when a session is (or may be) there.
 */
export function useCurrentUser(
  pool: { userPoolId?: string; clientId: string; endpoint?: string },
  version: number,
): Current | undefined {
  const [current, setCurrent] = useState<Current>();
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` asks for a fresh read.
  useEffect(() => {
    let active = true;
    const lastUser = `CognitoIdentityServiceProvider.${pool.clientId}.LastAuthUser`;
    if (!pool.userPoolId || !window.localStorage.getItem(lastUser)) {
      setCurrent(undefined);
      return;
    }
    loadIdentityJs()
      .then((lib) => {
        const userPool = new lib.CognitoUserPool({
          UserPoolId: pool.userPoolId as string,
          ClientId: pool.clientId,
          endpoint: pool.endpoint,
        });
        const user = userPool.getCurrentUser();
        user?.getSession(
          (
            error: Error | null,
            session: import('amazon-cognito-identity-js').CognitoUserSession | null,
          ) => {
            if (!active) return;
            if (error || !session?.isValid()) return setCurrent(undefined);
            setCurrent({
              username: user.getUsername(),
              claims: session.getIdToken().decodePayload(),
              accessToken: session.getAccessToken().getJwtToken(),
              signOut: () => user.signOut(),
            });
          },
        );
      })
      .catch(() => setCurrent(undefined));
    return () => {
      active = false;
    };
  }, [pool.userPoolId, pool.clientId, pool.endpoint, version]);
  return current;
}

const SHOWN_CLAIMS = [
  'sub',
  'cognito:username',
  'email',
  'email_verified',
  'given_name',
  'custom:plan',
];

/**
 * "Add a passkey" for a signed-in user, as an account page would have it: the passkey entry's
 * headless step (createPasskeyStep + usePasskey), drawn with plain markup.
 */
function AddPasskey({ config, current }: { config: CognitoConfig; current: Current }) {
  const [step, setStep] = useState<PasskeyStep>();
  const passkey = usePasskey(step);
  return (
    <span className="demo-passkey" data-status={passkey?.status}>
      <button
        type="button"
        disabled={passkey?.status === 'registering'}
        onClick={() => {
          const next = createPasskeyStep({
            config,
            username: current.username,
            accessToken: current.accessToken,
          });
          setStep(next);
          void next.register();
        }}
      >
        Add a passkey
      </button>{' '}
      <span role="status">
        {passkey?.status === 'registered' && 'Passkey added.'}
        {passkey?.error && `Not added: ${passkey.error.code}`}
      </span>
    </span>
  );
}

export function SignedInPanel({
  config,
  current,
  canAddPasskey,
  onSignOut,
}: {
  config: CognitoConfig;
  current: Current;
  /** False while the kit's card offers a passkey itself: one offer on the screen at a time. */
  canAddPasskey: boolean;
  onSignOut: () => void;
}) {
  return (
    <section id="account" className="demo-signed-in" aria-labelledby="signed-in-title">
      <h2 id="signed-in-title">Signed in as {current.username}</h2>
      <p>The ID token's claims, read back with getCurrentUser().getSession():</p>
      <dl>
        {SHOWN_CLAIMS.filter((claim) => claim in current.claims).map((claim) => (
          <div key={claim}>
            <dt>{claim}</dt>
            <dd>{String(current.claims[claim])}</dd>
          </div>
        ))}
      </dl>
      <div className="demo-actions">
        {canAddPasskey && <AddPasskey config={config} current={current} />}
        <button
          type="button"
          onClick={() => {
            current.signOut();
            onSignOut();
          }}
        >
          Sign out
        </button>
      </div>
    </section>
  );
}

// Run by test/package/package.test.ts in a plain Node process, where window, document and
// the storages do not exist: importing the built package and rendering <SignUp> on the
// server must work without them (any use would throw a ReferenceError).
const missing = ['window', 'document', 'localStorage', 'sessionStorage'].filter(
  (name) => typeof globalThis[name] === 'undefined',
);

const { createElement } = await import('react');
const { renderToString } = await import('react-dom/server');
const kit = await import(process.argv[2]);

const html = renderToString(
  createElement(kit.SignUp, {
    clientId: 'abc123',
    userPoolId: 'us-east-1_Example',
    fields: [
      'email',
      { name: 'custom:plan', kind: 'select', options: [{ value: 'pro' }] },
      'phone_number',
    ],
    confirmPassword: true,
  }),
);
process.stdout.write(JSON.stringify({ missing, html }));

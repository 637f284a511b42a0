// Run by test/package/package.test.ts in a plain Node process, where window, document and
// the storages do not exist: importing the built package and rendering <SignUp> (and, given
// the social entry's path, <SocialSignUp>) on the server must work without them (any use
// would throw a ReferenceError).
const missing = ['window', 'document', 'localStorage', 'sessionStorage'].filter(
  (name) => typeof globalThis[name] === 'undefined',
);

const { createElement } = await import('react');
const { renderToString } = await import('react-dom/server');
const kit = await import(process.argv[2]);
const social = process.argv[3] ? await import(process.argv[3]) : undefined;

const props = {
  clientId: 'abc123',
  userPoolId: 'us-east-1_Example',
  fields: [
    'email',
    { name: 'custom:plan', kind: 'select', options: [{ value: 'pro' }] },
    'phone_number',
  ],
  confirmPassword: true,
};
const html = renderToString(
  social
    ? createElement(social.SocialSignUp, {
        ...props,
        social: { domain: 'auth.example.com', providers: ['Google'] },
      })
    : createElement(kit.SignUp, props),
);
process.stdout.write(JSON.stringify({ missing, html }));

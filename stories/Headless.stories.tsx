import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { type UseSignUpOptions, useSignUp } from '../src/index.ts';
import { fakeCognito } from './fakeCognito.ts';

/**
 * A completely different UI built from `useSignUp` alone: plain markup, no kit components,
 * no kit CSS. Everything `<SignUp>` does is reachable from the hook.
 */
function HeadlessSignUp(options: UseSignUpOptions) {
  const s = useSignUp(options);
  if (s.step === 'done') return <p role="status">Welcome aboard, {s.username}!</p>;
  return (
    <form
      {...s.getFormProps()}
      aria-label={s.step === 'signUp' ? 'Sign up' : 'Confirm'}
      className="headless"
    >
      <div role="status">{s.formError ?? s.announcement}</div>
      {s.fields.map((field) => {
        const f = s.getFieldProps(field.name);
        return (
          <p key={field.name}>
            {/* biome-ignore lint/a11y/noLabelWithoutControl: htmlFor comes from labelProps */}
            <label {...f.labelProps}>{f.label}</label>
            <br />
            <input {...f.inputProps} />
            {field.name === 'password' && (
              <small {...f.hintProps}>
                {s.passwordChecks
                  .filter((c) => !c.met)
                  .map((c) => s.t(c.messageKey, c.values))
                  .join(' · ') || 'Strong enough'}
              </small>
            )}
            {f.error && (
              <strong {...f.errorProps}>
                <br />
                {f.error}
              </strong>
            )}
          </p>
        );
      })}
      {s.step === 'confirm' && (
        <button type="button" disabled={s.resendAvailableIn > 0} onClick={() => void s.resend()}>
          {s.resendAvailableIn > 0 ? `Resend (${s.resendAvailableIn})` : 'Resend'}
        </button>
      )}
      <button {...s.getSubmitProps()}>{s.step === 'signUp' ? 'Sign up' : 'Confirm'}</button>
    </form>
  );
}

const meta = {
  title: 'SignUp/Headless hook',
  component: HeadlessSignUp,
  args: {
    clientId: 'storybookclient',
    transport: fakeCognito(),
    persist: false,
    fields: ['email'],
  },
  argTypes: { transport: { table: { disable: true } } },
} satisfies Meta<typeof HeadlessSignUp>;

export default meta;
type Story = StoryObj<typeof meta>;

export const PlainMarkup: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText('Username'), 'ada');
    await userEvent.type(canvas.getByLabelText('Email'), 'ada@example.com');
    await userEvent.type(canvas.getByLabelText('Password'), 'Passw0rd!');
    await expect(canvas.getByText('Strong enough')).toBeInTheDocument();
    await userEvent.click(canvas.getByRole('button', { name: 'Sign up' }));
    await userEvent.type(await canvas.findByLabelText('Confirmation code'), '123456');
    await userEvent.click(canvas.getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(canvas.getByText('Welcome aboard, ada!')).toBeInTheDocument());
  },
};

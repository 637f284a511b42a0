import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import {
  ConfirmSignUpForm,
  SignUpDone,
  SignUpForm,
  SignUpProvider,
  type SignUpProviderProps,
  Status,
} from '../src/index.ts';
import { fakeCognito } from './fakeCognito.ts';

/** The parts `<SignUp>` is made of, rearranged: custom label, hint, order and submit text. */
function ComposedSignUp(props: Omit<SignUpProviderProps, 'children'>) {
  return (
    <div className="rcs">
      <SignUpProvider {...props}>
        <Status />
        <SignUpForm>
          <SignUpForm.Field name="email">
            <SignUpForm.Label>Work email</SignUpForm.Label>
            <SignUpForm.Input placeholder="you@company.com" />
            <SignUpForm.Hint>We send the confirmation code here.</SignUpForm.Hint>
            <SignUpForm.Error />
          </SignUpForm.Field>
          <SignUpForm.Field name="username" />
          <SignUpForm.Field name="password" />
          <SignUpForm.Submit>Join the team</SignUpForm.Submit>
        </SignUpForm>
        <ConfirmSignUpForm />
        <SignUpDone>
          <p>All done. Check your inbox for a welcome message.</p>
        </SignUpDone>
      </SignUpProvider>
    </div>
  );
}

const meta = {
  title: 'SignUp/Parts',
  component: ComposedSignUp,
  args: {
    clientId: 'storybookclient',
    transport: fakeCognito(),
    persist: false,
    fields: ['email'],
  },
  argTypes: { transport: { table: { disable: true } } },
} satisfies Meta<typeof ComposedSignUp>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Composed: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Join the team' }));
    // Email is optional here: the first invalid field is the username.
    await waitFor(() => expect(canvas.getByLabelText('Username')).toHaveFocus());
  },
};

export const ComposedToDone: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText(/Work email/), 'ada@example.com');
    await userEvent.type(canvas.getByLabelText('Username'), 'ada');
    await userEvent.type(canvas.getByLabelText('Password'), 'Passw0rd!');
    await userEvent.click(canvas.getByRole('button', { name: 'Join the team' }));
    await userEvent.type(await canvas.findByLabelText('Confirmation code'), '123456');
    await userEvent.click(canvas.getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(canvas.getByText(/All done/)).toBeInTheDocument());
  },
};

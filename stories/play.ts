import { expect, userEvent, waitFor, within } from 'storybook/test';

/** Types a valid username and password and submits the sign-up form. */
export async function signUp(canvasElement: HTMLElement, username = 'ada') {
  const canvas = within(canvasElement);
  await userEvent.type(canvas.getByLabelText('Username'), username);
  await userEvent.type(canvas.getByLabelText('Password'), 'Passw0rd!');
  await userEvent.click(canvas.getByRole('button', { name: 'Create account' }));
}

/** Signs up and waits for the confirm step. */
export async function reachConfirm(canvasElement: HTMLElement) {
  await signUp(canvasElement);
  await waitFor(() =>
    expect(within(canvasElement).getByLabelText('Confirmation code')).toBeInTheDocument(),
  );
}

/** Types the fake pool's code (123456), confirms, and waits for the heading of the step that follows. */
export async function confirmCode(canvasElement: HTMLElement, heading: string) {
  const canvas = within(canvasElement);
  await userEvent.type(canvas.getByLabelText('Confirmation code'), '123456');
  await userEvent.click(canvas.getByRole('button', { name: 'Confirm' }));
  await waitFor(() => expect(canvas.getByRole('heading', { name: heading })).toBeInTheDocument());
}

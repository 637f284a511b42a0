// (b) (a) with a react-hook-form form.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { useForm } from 'react-hook-form';

function Form() {
  const { register, handleSubmit } = useForm<{ username: string }>();
  return (
    <form onSubmit={handleSubmit(() => {})}>
      <input aria-label="Username" {...register('username', { required: true })} />
      <button type="submit">Go</button>
    </form>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <main>
      <h1>Hello</h1>
      <Form />
    </main>
  </StrictMode>,
);

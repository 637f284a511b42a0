/** Where the sign-up page navigates once the account is confirmed. */
export default async function WelcomePage({
  searchParams,
}: {
  searchParams: Promise<{ u?: string }>;
}) {
  const { u } = await searchParams;
  return <h1>Welcome, {u ?? 'new user'}!</h1>;
}

import { ButtonLink } from './_components/ui';

export default function NotFound() {
  return (
    <main className="mx-auto max-w-lg px-4 py-24 text-center">
      <p className="text-sm font-semibold text-indigo-600">404</p>
      <h1 className="mt-2 text-2xl font-semibold">Nothing here</h1>
      <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">The page does not exist, or it belongs to a workspace you are not a member of.</p>
      <ButtonLink href="/" className="mt-6">
        Back to Optlens
      </ButtonLink>
    </main>
  );
}

import { ButtonLink } from './_components/ui';

export default function Forbidden() {
  return (
    <main className="mx-auto max-w-lg px-4 py-24 text-center">
      <p className="text-sm font-semibold text-indigo-600">403</p>
      <h1 className="mt-2 text-2xl font-semibold">Your role does not open this page</h1>
      <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">Ask an owner or admin of this workspace if you need access.</p>
      <ButtonLink href="/" className="mt-6">
        Back to Optlens
      </ButtonLink>
    </main>
  );
}

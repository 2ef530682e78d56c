import { oauthProviders, signIn } from '@/lib/auth/nextauth';
import { buttonClass } from '@/app/_components/ui';

/** One button per OAuth provider that is configured; nothing at all when none is. */
export function OAuthButtons({ callbackUrl }: { callbackUrl: string }) {
  const providers = oauthProviders().map((p) => ({ id: p.id, name: p.name }));
  if (providers.length === 0) return null;
  return (
    <div className="mt-6 space-y-2 border-t border-zinc-200 pt-6 dark:border-zinc-800">
      {providers.map((provider) => (
        <form
          key={provider.id}
          action={async () => {
            'use server';
            await signIn(provider.id, { redirectTo: callbackUrl });
          }}
        >
          <button type="submit" className={buttonClass('secondary', 'w-full')}>
            Continue with {provider.name}
          </button>
        </form>
      ))}
    </div>
  );
}

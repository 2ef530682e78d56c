import { requirePageAccess } from '@/lib/auth/guards';
import { NavLinks } from '@/app/_components/nav-links';
import { settingsSections } from '../navigation';

export default async function SettingsLayout({ children, params }: { children: React.ReactNode; params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  // Each settings page checks its own permission too: a layout does not guard its pages.
  const { workspace, role } = await requirePageAccess(slug, 'workspace:update');
  return (
    <div className="grid gap-8 md:grid-cols-[12rem_1fr]">
      <aside>
        <p className="mb-3 text-lg font-semibold" aria-hidden>
          Settings
        </p>
        <NavLinks label="Settings" vertical items={settingsSections(workspace.slug, role)} />
      </aside>
      <div className="min-w-0">{children}</div>
    </div>
  );
}

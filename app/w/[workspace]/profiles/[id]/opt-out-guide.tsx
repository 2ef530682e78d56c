import { ExternalLink } from '@/app/_components/external-link';
import { Card } from '@/app/_components/ui';
import { ToggleTodayButtons } from './consent-forms';

// Where LinkedIn keeps the setting (its help article "Data for Generative AI Improvement"),
// and its form for members whose account does not show the toggle.
const SETTINGS_PATH = ['Your profile photo (Me)', 'Settings & Privacy', 'Data privacy', 'Data for Generative AI Improvement'];
const LINKEDIN_FORM = 'https://www.linkedin.com/help/linkedin/ask/TS-DPRO';

export function OptOutGuide({ workspace, profileId, canRecord }: { workspace: string; profileId: string; canRecord: boolean }) {
  return (
    <Card title="Turn it off or on" description="How the account’s owner changes the setting on LinkedIn. A change stops or allows future training; it does not remove posts from models already trained.">
      <ol className="space-y-3 text-sm">
        <li>
          <span className="font-medium">1. Open the setting.</span> On LinkedIn (web or app):
          <ol aria-label="Settings path" className="mt-1 flex flex-wrap items-center gap-1 text-zinc-700 dark:text-zinc-300">
            {SETTINGS_PATH.map((step, i) => (
              <li key={step} className="flex items-center gap-1">
                {i > 0 && <span aria-hidden>→</span>}
                <span className="rounded bg-zinc-100 px-1.5 py-0.5 dark:bg-zinc-800">{step}</span>
              </li>
            ))}
          </ol>
        </li>
        <li>
          <span className="font-medium">2. Switch “Use my data for training content creation AI models”</span> off (or on).
        </li>
        <li>
          <span className="font-medium">No toggle there?</span> Some accounts (and company pages) do not show it: use{' '}
          <ExternalLink href={LINKEDIN_FORM}>LinkedIn’s data processing objection form</ExternalLink> instead, and record the date it was accepted.
        </li>
        {canRecord && (
          <li>
            <span className="font-medium">3. Record it here</span>, effective now:
            <div className="mt-2">
              <ToggleTodayButtons workspace={workspace} profileId={profileId} />
            </div>
          </li>
        )}
      </ol>
    </Card>
  );
}

import { buttonClass, Card } from '@/app/_components/ui';

/** "Download all data", for owners on the general settings page. */
export function ExportCard({ workspace }: { workspace: string }) {
  return (
    <Card
      title="Download all data"
      description="Everything in this workspace as a zip of CSV files, with a README that lists every file and column: profiles, opt-in history, posts and metrics, names, prompts, AI answers and mentions, notes, imports, the audit log and members. AI engines’ API keys are not included: they never leave the server."
    >
      {/* A plain link, not next/link: the browser downloads the file instead of routing to it. */}
      <a href={`/w/${workspace}/settings/export`} download className={buttonClass('secondary')}>
        Download all data (.zip)
      </a>
    </Card>
  );
}

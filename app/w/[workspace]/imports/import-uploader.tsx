'use client';

import { useRouter } from 'next/navigation';
import { useId, useRef, useState } from 'react';
import { buttonClass } from '@/app/_components/ui';
import type { ImportOutcome } from '@/lib/imports/run-import';
import { formatLabel } from '@/lib/imports/types';

type Counts = { rowsRead: number; added: number; updated: number; skipped: number; rejected: number };
type Phase =
  | { kind: 'idle' }
  | { kind: 'uploading'; percent: number; dryRun: boolean }
  | { kind: 'processing'; counts: Counts | null; dryRun: boolean }
  | { kind: 'done'; result: ImportOutcome }
  | { kind: 'failed'; message: string };

/**
 * Sends the file with XMLHttpRequest, for its upload progress, then reads the server's
 * newline-delimited JSON as it arrives: progress lines while rows are read, then the result.
 */
function send(url: string, form: FormData, onPhase: (phase: Phase) => void, dryRun: boolean) {
  const xhr = new XMLHttpRequest();
  let seen = 0;
  const readLines = () => {
    const text = xhr.responseText;
    const end = text.lastIndexOf('\n');
    if (end < seen) return;
    for (const line of text.slice(seen, end).split('\n').filter(Boolean)) {
      const message = JSON.parse(line);
      if (message.type === 'progress') onPhase({ kind: 'processing', counts: message, dryRun });
      else if (message.type === 'result') onPhase({ kind: 'done', result: message });
      else if (message.type === 'error') onPhase({ kind: 'failed', message: message.error?.message ?? 'The import failed.' });
    }
    seen = end + 1;
  };
  xhr.upload.onprogress = (e) => e.lengthComputable && onPhase({ kind: 'uploading', percent: Math.round((e.loaded / e.total) * 100), dryRun });
  xhr.upload.onload = () => onPhase({ kind: 'processing', counts: null, dryRun });
  xhr.onprogress = readLines;
  xhr.onload = () => {
    if (xhr.getResponseHeader('content-type')?.includes('ndjson')) return readLines();
    try {
      onPhase({ kind: 'failed', message: JSON.parse(xhr.responseText).error.message });
    } catch {
      onPhase({ kind: 'failed', message: `The server answered ${xhr.status}.` });
    }
  };
  xhr.onerror = () => onPhase({ kind: 'failed', message: 'The upload did not reach the server. Check your connection and try again.' });
  xhr.open('POST', url);
  xhr.send(form);
}

export function ImportUploader({ workspace, profiles }: { workspace: string; profiles: { value: string; label: string }[] }) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const ids = { profile: useId(), file: useId() };
  const busy = phase.kind === 'uploading' || phase.kind === 'processing';

  const start = (dryRun: boolean) => {
    const form = formRef.current!;
    if (!form.reportValidity()) return;
    const data = new FormData(form);
    data.set('dryRun', String(dryRun));
    send(`/w/${workspace}/imports/upload`, data, (next) => {
      setPhase(next);
      if (next.kind === 'done' && !next.result.dryRun) router.refresh();
    }, dryRun);
  };

  return (
    <div className="space-y-4">
      <form ref={formRef} className="grid gap-4 sm:grid-cols-2" aria-label="Upload a file" onSubmit={(e) => e.preventDefault()}>
        {profiles.length > 0 && (
          <div>
            <label htmlFor={ids.profile} className="mb-1 block text-sm font-medium">
              Profile the posts belong to
            </label>
            <select id={ids.profile} name="profile" required aria-describedby={`${ids.profile}-note`} className="block w-full rounded-md border border-zinc-300 bg-white px-3 py-2 text-sm dark:border-zinc-700 dark:bg-zinc-950">
              {profiles.map((p) => (
                <option key={p.value} value={p.value}>
                  {p.label}
                </option>
              ))}
            </select>
            <p id={`${ids.profile}-note`} className="mt-1 text-xs text-zinc-500">
              Not used for AI answers files: answers belong to the workspace.
            </p>
          </div>
        )}
        <div>
          <label htmlFor={ids.file} className="mb-1 block text-sm font-medium">
            File
          </label>
          <input id={ids.file} name="file" type="file" required accept=".csv,.zip,.xlsx,.xls,.txt,.json" onChange={() => setPhase({ kind: 'idle' })} className="block w-full text-sm" />
        </div>
        <div className="flex gap-2 sm:col-span-2">
          <button type="button" className={buttonClass('secondary')} disabled={busy} onClick={() => start(true)}>
            Preview
          </button>
          <button type="button" className={buttonClass('primary')} disabled={busy} onClick={() => start(false)}>
            Import
          </button>
        </div>
      </form>
      <ImportStatus phase={phase} />
    </div>
  );
}

function ImportStatus({ phase }: { phase: Phase }) {
  if (phase.kind === 'idle') return null;
  if (phase.kind === 'failed') {
    return (
      <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
        {phase.message}
      </p>
    );
  }
  if (phase.kind === 'uploading' || phase.kind === 'processing') {
    const label = phase.kind === 'uploading' ? `Uploading… ${phase.percent}%` : phase.counts ? `Reading rows… ${phase.counts.rowsRead.toLocaleString('en')} so far` : 'Reading the file…';
    return (
      <div role="status" aria-live="polite" className="space-y-1">
        <p className="text-sm">{label}</p>
        <progress className="h-2 w-full" max={100} value={phase.kind === 'uploading' ? phase.percent : undefined} aria-label={label} />
      </div>
    );
  }
  const r = phase.result;
  return (
    <div role="status" className="space-y-3 rounded-md border border-zinc-200 p-4 text-sm dark:border-zinc-800">
      <p className="font-medium">
        {r.dryRun ? 'Preview — nothing was written.' : 'Imported.'} Format: {formatLabel(r.format)}.
        {r.previouslyImportedAt && ` This file was imported before (${r.previouslyImportedAt.slice(0, 10)}).`}
      </p>
      <p className="tabular-nums">
        {r.rowsRead.toLocaleString('en')} rows read · {r.dryRun ? 'would add' : 'added'} {r.added.toLocaleString('en')} · {r.dryRun ? 'would update' : 'updated'}{' '}
        {r.updated.toLocaleString('en')} · unchanged {r.skipped.toLocaleString('en')} · rejected {r.rejected.toLocaleString('en')}
      </p>
      {r.dryRun && r.sample.length > 0 && (
        <ul className="list-inside list-disc text-zinc-600 dark:text-zinc-400">
          {r.sample.slice(0, 5).map((s) => (
            <li key={s.key}>
              {s.date?.slice(0, 10) ?? 'no date'} — {s.text ? s.text.slice(0, 100) : <em>no text</em>}
            </li>
          ))}
        </ul>
      )}
      {[...r.errors.map((e) => ({ ...e, tone: 'error' as const })), ...r.notices.map((n) => ({ ...n, tone: 'notice' as const }))].length > 0 && (
        <ul className="max-h-64 space-y-1 overflow-y-auto">
          {r.errors.map((e, i) => (
            <li key={`e${i}`} className="text-red-700 dark:text-red-300">
              {[e.file, e.sheet, e.row && `row ${e.row}`, e.column].filter(Boolean).join(' · ')}: {e.message}
            </li>
          ))}
          {r.notices.map((n, i) => (
            <li key={`n${i}`} className="text-zinc-600 dark:text-zinc-400">
              {[n.file, n.sheet].filter(Boolean).join(' · ')}: {n.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

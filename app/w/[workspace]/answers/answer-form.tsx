'use client';

import { ActionForm, Field, SelectField, SubmitButton } from '@/app/_components/form';
import { TextareaField } from '@/app/_components/form-fields';
import { recordAnswerAction } from './actions';

type Options = { value: string; label: string }[];

export function RecordAnswerForm({ workspace, engines, prompts, promptId, now, maxAnswerChars }: { workspace: string; engines: Options; prompts: Options; promptId?: string; now: string; maxAnswerChars: number }) {
  return (
    <ActionForm action={recordAnswerAction} hidden={{ workspace }} aria-label="Record an answer" className="space-y-5">
      {prompts.length > 0 && (
        <SelectField
          name="promptId"
          label="Tracked prompt (optional)"
          options={[{ value: '', label: 'None: a one-off question' }, ...prompts]}
          defaultValue={promptId ?? ''}
          hint="Link the answer to a question you track, so it counts in that prompt’s results."
        />
      )}
      <TextareaField
        name="prompt"
        label="Question"
        rows={3}
        maxLength={20_000}
        hint={prompts.length > 0 ? 'As asked. Leave empty to use the tracked prompt’s text.' : 'As asked, word for word.'}
      />
      <TextareaField
        name="answer"
        label="Answer"
        rows={14}
        maxLength={maxAnswerChars}
        hint="Paste the engine’s whole answer. It is stored and shown as plain text: links and markup in it are not followed."
      />
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField name="engine" label="Engine" options={engines} defaultValue={engines[0]?.value} />
        <Field name="model" label="Model (optional)" placeholder="gpt-4o, sonar-pro…" maxLength={200} />
        <Field name="askedAt" label="Asked at (UTC)" type="datetime-local" defaultValue={now} required hint="In UTC, not your local time." />
      </div>
      <TextareaField name="citations" label="Cited links (optional)" rows={4} placeholder={'https://example.com/page\nhttps://www.linkedin.com/posts/…'} hint="One http(s) URL per line, as the answer cites them." />
      <SubmitButton pendingLabel="Recording…">Record answer</SubmitButton>
    </ActionForm>
  );
}

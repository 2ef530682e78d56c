'use client';

import { ActionForm, SelectField, SubmitButton } from '@/app/_components/form';
import { CheckboxField, TextareaField } from '@/app/_components/form-fields';
import { archivePromptAction, askNowAction, savePromptAction } from './actions';

export interface PromptValues {
  id: string;
  text: string;
  schedule: string;
  engineIds: string[];
}

export interface EngineChoice {
  id: string;
  name: string;
  model: string;
}

const SCHEDULES = [
  { value: 'manual', label: 'Manual: only when asked now' },
  { value: 'daily', label: 'Daily' },
  { value: 'weekly', label: 'Weekly' },
];

/** Adds a prompt, or edits `prompt` when given. `engines`: the workspace's active engines. */
export function PromptForm({ workspace, prompt, engines }: { workspace: string; prompt?: PromptValues; engines: EngineChoice[] }) {
  return (
    <ActionForm
      action={savePromptAction}
      hidden={{ workspace, promptId: prompt?.id ?? '' }}
      aria-label={prompt ? 'Edit the prompt' : 'Add a prompt'}
      successMessage={prompt ? 'Saved.' : 'Prompt added.'}
      resetOnSuccess={!prompt}
    >
      <TextareaField
        name="text"
        label="Question"
        rows={3}
        required
        maxLength={4000}
        defaultValue={prompt?.text}
        placeholder="Who are the best B2B LinkedIn consultants in Australia?"
        hint="Ask it as a customer would, without naming yourself."
      />
      <div className="grid gap-4 sm:grid-cols-[14rem_1fr]">
        <SelectField name="schedule" label="Schedule" options={SCHEDULES} defaultValue={prompt?.schedule ?? 'manual'} />
        {engines.length > 0 && (
          <fieldset>
            <legend className="mb-1 block text-sm font-medium">Ask it of</legend>
            <div className="flex flex-wrap gap-x-6 gap-y-2">
              {engines.map((e) => (
                <CheckboxField key={e.id} name={`engine.${e.id}`} label={e.name} hint={e.model} defaultChecked={prompt ? prompt.engineIds.includes(e.id) : true} />
              ))}
            </div>
          </fieldset>
        )}
      </div>
      <SubmitButton pendingLabel="Saving…">{prompt ? 'Save changes' : 'Add prompt'}</SubmitButton>
    </ActionForm>
  );
}

/** `label`: the prompt, shortened, for screen readers in a list of prompts. */
export function ArchivePromptForm({ workspace, promptId, label, archived }: { workspace: string; promptId: string; label: string; archived: boolean }) {
  return (
    <ActionForm action={archivePromptAction} hidden={{ workspace, promptId, archived: String(!archived) }} className="inline-flex" aria-label={`${archived ? 'Restore' : 'Archive'} “${label}”`}>
      <SubmitButton variant="ghost" pendingLabel="…">
        {archived ? 'Restore' : 'Archive'}
        <span className="sr-only"> “{label}”</span>
      </SubmitButton>
    </ActionForm>
  );
}

/** Queues a run of the prompt on each of its engines; the background worker takes them. */
export function AskNowForm({ workspace, promptId, label }: { workspace: string; promptId: string; label: string }) {
  return (
    <div className="inline-flex max-w-xs flex-col items-end text-left">
      <ActionForm
        action={askNowAction}
        hidden={{ workspace, promptId }}
        className="inline-flex flex-col items-end gap-2"
        aria-label={`Ask “${label}” now`}
        renderResult={({ queued }) => (
          <p role="status" className="mt-2 rounded-md bg-green-50 px-3 py-2 text-xs text-green-800 dark:bg-green-950 dark:text-green-200">
            {queued === 1 ? 'One run queued.' : `${queued} runs queued.`} Runs show on the prompt’s page.
          </p>
        )}
      >
        <SubmitButton variant="secondary" pendingLabel="Queuing…">
          Ask now<span className="sr-only"> “{label}”</span>
        </SubmitButton>
      </ActionForm>
    </div>
  );
}

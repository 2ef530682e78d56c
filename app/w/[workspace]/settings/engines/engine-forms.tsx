'use client';

import { useId, useState } from 'react';
import { ActionForm, Field, inputClass, SelectField, SubmitButton } from '@/app/_components/form';
import { CheckboxField, TextareaField } from '@/app/_components/form-fields';
import { ANSWER_ENGINE_LABELS, ANSWER_ENGINES } from '@/lib/answers/engines';
import { archiveEngineAction, saveEngineAction, testEngineAction } from './actions';

// The engine forms. The API key field is write-only: it starts empty, an empty field keeps
// the stored key, and the page hands this component the key's hint, never the key.

/** What the form may know of an engine: everything but the key (PublicEngine minus dates). */
export interface EngineValues {
  id: string;
  name: string;
  product: string;
  protocol: string;
  baseUrl: string;
  model: string;
  hasApiKey: boolean;
  apiKeyHint: string | null;
  systemPrompt: string | null;
  temperature: number | null;
  maxTokens: number | null;
  concurrency: number;
  timeoutSeconds: number;
  maxAttempts: number;
}

export interface EnginePreset {
  id: string;
  label: string;
  product: string;
  protocol: string;
  baseUrl: string;
  model: string;
}

const PRODUCTS = ANSWER_ENGINES.map((p) => ({ value: p, label: ANSWER_ENGINE_LABELS[p] }));
const PROTOCOLS = [
  { value: 'openai', label: 'OpenAI-compatible (Chat Completions)' },
  { value: 'anthropic', label: 'Anthropic (Messages)' },
];

const numberText = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));

/** Adds an engine, or edits `engine` when given. Picking a preset fills product, API, base URL and model. */
export function EngineForm({ workspace, engine, presets }: { workspace: string; engine?: EngineValues; presets: readonly EnginePreset[] }) {
  const presetId = useId();
  const [preset, setPreset] = useState<EnginePreset | undefined>(engine ? undefined : presets[0]);
  // What the preset-driven fields start from: the engine being edited, else the chosen preset.
  const start = preset ?? engine;
  return (
    <ActionForm
      action={saveEngineAction}
      hidden={{ workspace, engineId: engine?.id ?? '' }}
      aria-label={engine ? `Edit ${engine.name}` : 'Add an engine'}
      successMessage={engine ? 'Saved.' : 'Engine added.'}
      resetOnSuccess={!engine}
      className="grid gap-4 sm:grid-cols-2"
    >
      <div className="sm:col-span-2">
        <label htmlFor={presetId} className="mb-1 block text-sm font-medium">
          {engine ? 'Fill from a preset' : 'Preset'}
        </label>
        <select
          id={presetId}
          className={inputClass}
          value={preset?.id ?? ''}
          onChange={(e) => setPreset(presets.find((p) => p.id === e.target.value))}
        >
          {engine && <option value="">Keep the current settings</option>}
          {presets.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </select>
      </div>
      <Field name="name" label="Name" defaultValue={engine?.name} required maxLength={100} placeholder="ChatGPT (gpt-4o-mini)" hint="How runs and answers name this engine." />
      {/* Keyed by the preset: choosing one re-creates these fields with its values. */}
      <div key={preset?.id ?? 'engine'} className="contents">
        <SelectField name="product" label="Its answers count as" options={PRODUCTS} defaultValue={start?.product ?? 'chatgpt'} />
        <SelectField name="protocol" label="API" options={PROTOCOLS} defaultValue={start?.protocol ?? 'openai'} />
        <Field name="baseUrl" label="Base URL" type="url" defaultValue={start?.baseUrl} required placeholder="https://api.openai.com/v1" />
        <Field name="model" label="Model" defaultValue={start?.model} required maxLength={200} placeholder="gpt-4o-mini" />
      </div>
      <div className="space-y-3 sm:col-span-2">
        <Field
          name="apiKey"
          label={engine?.hasApiKey ? 'New API key' : 'API key'}
          type="password"
          // Not "off": browsers ignore it and fill in the Optlens sign-in password, which would be saved as the key.
          autoComplete="new-password"
          spellCheck={false}
          maxLength={1000}
          hint={
            engine?.hasApiKey
              ? `A key ending ${engine.apiKeyHint ?? '(hidden)'} is stored. Leave this empty to keep it.`
              : 'Stored encrypted; only its last characters are ever shown again. Local servers such as Ollama need none.'
          }
        />
        {engine?.hasApiKey && <CheckboxField name="clearApiKey" label="Remove the stored key" hint="For servers that need no key." />}
      </div>
      <TextareaField name="systemPrompt" label="System prompt (optional)" rows={2} maxLength={4000} defaultValue={engine?.systemPrompt ?? ''} hint="Sent before every prompt. Leave empty to ask as a plain user would." />
      <div className="grid grid-cols-2 gap-4">
        <Field name="temperature" label="Temperature" type="number" step="0.1" min={0} max={2} defaultValue={numberText(engine?.temperature)} hint="Empty: the provider’s default." />
        <Field name="maxTokens" label="Max tokens" type="number" min={1} defaultValue={numberText(engine?.maxTokens)} hint="Empty: the provider’s default." />
      </div>
      <div className="grid grid-cols-3 gap-4 sm:col-span-2">
        <Field name="concurrency" label="Runs at once" type="number" min={1} max={20} defaultValue={numberText(engine?.concurrency ?? 2)} />
        <Field name="timeoutSeconds" label="Timeout (seconds)" type="number" min={5} max={600} defaultValue={numberText(engine?.timeoutSeconds ?? 60)} />
        <Field name="maxAttempts" label="Tries per run" type="number" min={1} max={6} defaultValue={numberText(engine?.maxAttempts ?? 3)} hint="Rate limits, timeouts and 5xx are tried again." />
      </div>
      <div className="sm:col-span-2">
        <SubmitButton pendingLabel="Saving…">{engine ? 'Save changes' : 'Add engine'}</SubmitButton>
      </div>
    </ActionForm>
  );
}

export function ArchiveEngineForm({ workspace, engineId, name, archived }: { workspace: string; engineId: string; name: string; archived: boolean }) {
  return (
    <ActionForm action={archiveEngineAction} hidden={{ workspace, engineId, archived: String(!archived) }} className="inline-flex" aria-label={`${archived ? 'Restore' : 'Archive'} ${name}`}>
      <SubmitButton variant="ghost" pendingLabel="…">
        {archived ? 'Restore' : 'Archive'}
        <span className="sr-only"> {name}</span>
      </SubmitButton>
    </ActionForm>
  );
}

/** Asks the engine one small question and shows what came back, or why nothing did. */
export function TestEngineForm({ workspace, engineId, name }: { workspace: string; engineId: string; name: string }) {
  return (
    <div className="max-w-xs text-left">
      <ActionForm
        action={testEngineAction}
        hidden={{ workspace, engineId }}
        className="inline-flex"
        aria-label={`Test the connection to ${name}`}
        resetOnSuccess={false}
        renderResult={(check) =>
          check.ok ? (
            <p role="status" className="mt-2 rounded-md bg-green-50 px-3 py-2 text-xs text-green-800 dark:bg-green-950 dark:text-green-200">
              Connected: {check.model} answered in {check.ms.toLocaleString('en-US')} ms: “{check.answerPreview}”
            </p>
          ) : (
            <p role="alert" className="mt-2 whitespace-normal rounded-md bg-red-50 px-3 py-2 text-xs text-red-800 dark:bg-red-950 dark:text-red-200">
              {check.message}
            </p>
          )
        }
      >
        <SubmitButton variant="secondary" pendingLabel="Testing…">
          Test connection<span className="sr-only"> to {name}</span>
        </SubmitButton>
      </ActionForm>
    </div>
  );
}

import type { ExposureSpan, ExposureState } from '@/lib/consent/exposure';
import { Badge } from './ui';

// How the app names and colours effective training exposure (DESIGN.md "Effective training
// exposure"): toggle ON and region not exempt. Shared by badges, lists and the timeline chart.

export const EXPOSURE_STATES = {
  exposed: { label: 'exposed', tone: 'indigo', meaning: 'Toggle ON and the region is not exempt: LinkedIn may train on the posts.' },
  opted_out: { label: 'opted out', tone: 'neutral', meaning: 'Toggle OFF: no training on what is posted from then on.' },
  exempt: { label: 'exempt', tone: 'green', meaning: 'The region is exempt: no training, whatever the toggle says.' },
  no_setting: { label: 'no setting yet', tone: 'neutral', meaning: 'Before LinkedIn introduced the setting (or no rule covers the region).' },
} as const satisfies Record<ExposureState, { label: string; tone: 'indigo' | 'neutral' | 'green' | 'amber'; meaning: string }>;

export const exposureLabel = (state: string | null | undefined) =>
  state && state in EXPOSURE_STATES ? EXPOSURE_STATES[state as ExposureState].label : 'unknown';

export function ExposureBadge({ state }: { state: string | null | undefined }) {
  const known = state && state in EXPOSURE_STATES ? EXPOSURE_STATES[state as ExposureState] : null;
  return (
    <Badge tone={known?.tone ?? 'neutral'}>{known?.label ?? 'unknown'}</Badge>
  );
}

/** "Toggle ON — LinkedIn’s default for Germany" / "Toggle OFF since 2025-03-01": where the state comes from. */
export function describeToggle(span: Pick<ExposureSpan, 'toggle' | 'toggleFrom' | 'from'>, regionLabel: string): string {
  if (!span.toggle) return 'No setting existed yet';
  const value = `Toggle ${span.toggle.toUpperCase()}`;
  if (span.toggleFrom === 'default') return `${value}: LinkedIn’s default for ${regionLabel}`;
  return span.from ? `${value} since ${span.from.toISOString().slice(0, 10)}` : value;
}

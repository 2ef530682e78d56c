import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';

countries.registerLocale(en);

/** ISO 3166-1 alpha-2 codes with their English names, for validation and the region picker. */
export const REGION_NAMES: Record<string, string> = countries.getNames('en', { select: 'official' });

export const isRegion = (code: string) => countries.isValid(code) && code.length === 2;

export const regionName = (code: string) => REGION_NAMES[code] ?? code;

export const REGION_OPTIONS = Object.entries(REGION_NAMES)
  .map(([value, name]) => ({ value, label: `${name} (${value})` }))
  .sort((a, b) => a.label.localeCompare(b.label));

// Precise whereabouts: a cue ("I'm at", "currently in", "I live in", "landed in", "📍", "ich wohne
// in", "je suis à", "vivo en"…) followed by a capitalised place of one to four words ("I'm at the
// Grand Hyatt", "currently in Lisbon"); hotel room numbers; GPS coordinates in decimal degrees
// (latitude ≤ 90, longitude ≤ 180, at least four decimals, so "12.500, 13.000" stays a list of amounts) or degrees-minutes-seconds.
// Not whereabouts: "I'm in charge", "live in the moment" (no capitalised place), "I'm at Google"
// (an employer: NON_PLACE), "based in Berlin" (a work base, not where the person is now).

import { CAP_WORD, compileLexicon, foldName, WORD } from './text';
import { WHEREABOUTS } from './lexicons';
import type { Candidate } from './types';

const S = '[ \\u00A0]';
const CUES = compileLexicon(WHEREABOUTS);
const PIN = /📍/gu;
const PLACE = new RegExp(`${S}?(?:the${S})?(${CAP_WORD})(?:[${' '}\\u00A0-]${CAP_WORD}){0,3}(?![${WORD}])`, 'uy');
const NON_PLACE = new Set(
  `a an the this that my our it its i you we he she they monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december today tomorrow
  work home love charge linkedin google microsoft apple amazon meta openai ai it`.split(/\s+/),
);
const HOTEL_ROOM = compileLexicon(['(?:my )?hotel room(?: (?:no\\.? ?|number |#)?\\d{1,5})?', 'room (?:no\\.? ?|number |#)?\\d{2,5}']);
// A bare "room 1204" is a whereabout only with a stay nearby (not "room 2 of the conference").
const STAY = /hotel|hostel|motel|resort|airbnb|staying|checked in|i['’]m at|i am at|my room|room (?:no|number|#)/iu;
const DECIMAL_GPS = /(?<![\d.])([-+−]?\d{1,2}\.\d{4,8})°?(?:\s?[NS](?!\p{L}))?,\s?([-+−]?\d{1,3}\.\d{4,8})°?(?:\s?[EW](?!\p{L}))?(?![\d.])/gu;
const DMS_GPS = /(?<!\d)\d{1,2}°\s?\d{1,2}['′]\s?(?:\d{1,2}(?:\.\d+)?["″]\s?)?[NS],?\s?\d{1,3}°\s?\d{1,2}['′]\s?(?:\d{1,2}(?:\.\d+)?["″]\s?)?[EW](?![\p{L}])/gu;

function placeAfter(text: string, at: number): number | null {
  PLACE.lastIndex = at;
  const m = PLACE.exec(text);
  if (m === null || NON_PLACE.has(foldName(m[1] ?? ''))) return null;
  return PLACE.lastIndex;
}

export function locationCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const re of [CUES, PIN]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const end = placeAfter(text, m.index + m[0].length);
      if (end !== null) out.push({ kind: 'location', start: m.index, end, label: 'Precise whereabouts' });
    }
  }
  HOTEL_ROOM.lastIndex = 0;
  for (let m = HOTEL_ROOM.exec(text); m !== null; m = HOTEL_ROOM.exec(text)) {
    if (!STAY.test(text.slice(Math.max(0, m.index - 80), m.index + m[0].length))) continue;
    out.push({ kind: 'location', start: m.index, end: m.index + m[0].length, label: 'Precise whereabouts (hotel room)' });
  }
  DECIMAL_GPS.lastIndex = 0;
  for (let m = DECIMAL_GPS.exec(text); m !== null; m = DECIMAL_GPS.exec(text)) {
    const lat = Math.abs(Number((m[1] ?? '').replace('−', '-')));
    const lon = Math.abs(Number((m[2] ?? '').replace('−', '-')));
    if (lat <= 90 && lon <= 180) out.push({ kind: 'location', start: m.index, end: m.index + m[0].length, label: 'GPS coordinates' });
  }
  DMS_GPS.lastIndex = 0;
  for (let m = DMS_GPS.exec(text); m !== null; m = DMS_GPS.exec(text)) {
    out.push({ kind: 'location', start: m.index, end: m.index + m[0].length, label: 'GPS coordinates' });
  }
  return out;
}

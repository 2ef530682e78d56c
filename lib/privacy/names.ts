// Other people's names. Precision over recall: a name is reported only where the text says it is
// a person's, never because two capitalised words happen to stand together.
//   1. @-mentions: "@Jane Doe" (LinkedIn's tag, up to four capitalised words) and "@jane_doe"
//      handles (two or more characters, starting with a letter, so "@10am" is not one); not
//      inside an email address; not a mention of a known non-person ("@Microsoft").
//   2. Two or three capitalised name words right after a cue: "my colleague", "my manager",
//      "thanks to", "thank you", "congrats", "congratulations to", "kudos to", "shoutout to",
//      "with", "together with", "met", "meet", "welcome", "by", "cc", and DE/FR/ES/NL cues
//      (not "introducing" or "featuring": they introduce products as often as people)
//      ("meine Kollegin", "danke an", "merci à", "gracias a", "mijn collega"). Particles
//      (van, von, de, da, del…) may sit between; "and Jane Doe" continues a list of names.
//   3. A title and one to three name words: "Dr. Smith", "Mrs Jane Doe", "Herr Müller".
// A cue-based name stops at the first word of NON_NAME_WORDS ("Product Manager", "New York",
// "Google Cloud" are not people) and must keep two name words. The author's own names
// (options.authorNames) are never reported: same letters once folded ("Zoë Müller" = "zoe
// muller", "@janedoe" = "Jane Doe"), or at least two words all from one author name ("Michelle
// Raymond" for "Michelle J Raymond").
// Known limits: a name with no cue ("Jane Doe joined us") is missed; lower-case or ALL-CAPS names
// are missed; a capitalised company or place that is not listed ("with Acme Corp") can pass.

import { CAP_WORD, compileLexicon, foldName, isWordAt, nameWords, WORD } from './text';
import { NON_NAME_WORDS } from './name-words';
import type { Candidate } from './types';

const S = '[ \\u00A0]';
const PARTICLE = '(?:van|von|der|den|de|da|di|du|la|le|del|della|dos|das|ter|ten|zu|bin|al)';
const NAME_AT = new RegExp(`${CAP_WORD}(?:${S}(?:${PARTICLE}${S}){0,2}${CAP_WORD}){0,3}`, 'uy');
const MENTION = new RegExp(
  `(?<![${WORD}_.@+\\-])@(?:(${CAP_WORD}(?:${S}${CAP_WORD}){0,3})|([\\p{L}_][\\p{L}\\p{N}_.\\-]*[\\p{L}\\p{N}_]))`,
  'gu',
);
const TITLE = new RegExp(`(?<![${WORD}_])(?:Mr|Mrs|Ms|Mx|Dr|Prof|Herr|Frau|Mme|Mlle|Monsieur|Madame|Sr|Sra|Señor|Señora|Dhr|Mevr)\\.?${S}(?=\\p{Lu})`, 'gu');
const CUES = compileLexicon([
  'my colleague', 'my colleagues', 'my coworker', 'my co-worker', 'my teammate', 'my manager', 'my boss', 'my mentor',
  'my friend', 'my former colleague', 'my client', 'my intern', 'our intern', 'our new hire', 'colleague', 'thanks to',
  'thank you', 'thanks', 'many thanks to', 'shoutout to', 'shout-out to', 'shout out to', 'kudos to', 'congrats',
  'congrats to', 'congratulations', 'congratulations to', 'with', 'together with', 'alongside', 'met',
  'met with', 'meet', 'welcome', 'please welcome', 'interviewed', 'hosted by', 'led by',
  'by', 'cc', 'h/t', 'hat tip to', 'mein kollege', 'meine kollegin', 'meinem kollegen', 'meiner kollegin',
  'danke an', 'dank an', 'vielen dank an', 'glückwunsch an', 'herzlichen glückwunsch an', 'mit', 'mon collègue',
  'ma collègue', 'merci à', 'avec', 'félicitations à', 'bravo à', 'mi colega', 'mi compañero', 'mi compañera',
  'gracias a', 'con', 'felicidades a', 'enhorabuena a', 'mijn collega', 'dank aan', 'bedankt', 'gefeliciteerd',
]);
const CUE_GAP = new RegExp(`[,:]?${S}`, 'uy');
const LIST_JOIN = new RegExp(`(?:,${S}(?:(?:and|und|et|y|en|&)${S})?|${S}(?:and|und|et|y|en|&)${S})`, 'uy');

interface Author {
  compact: string;
  words: ReadonlySet<string>;
}

function authorsOf(names: readonly string[]): Author[] {
  return names.map((n) => ({ compact: foldName(n), words: new Set(nameWords(n)) })).filter((a) => a.compact.length > 0);
}

function isAuthor(name: string, authors: readonly Author[]): boolean {
  const compact = foldName(name);
  const words = nameWords(name);
  return authors.some((a) => a.compact === compact || (words.length >= 2 && words.every((w) => a.words.has(w))));
}

/** The name words of `text` at `at` that read as a person's name (cut at the first non-name word). */
function nameAt(text: string, at: number, minWords: number): { start: number; end: number } | null {
  NAME_AT.lastIndex = at;
  const m = NAME_AT.exec(text);
  if (m === null) return null;
  let end = at;
  let words = 0;
  for (const w of m[0].matchAll(/\p{L}[\p{L}\p{M}'’‐-]*/gu)) {
    const isCapital = /^\p{Lu}/u.test(w[0]);
    if (!isCapital) continue; // a particle: kept only if a capitalised word follows
    if (NON_NAME_WORDS.has(foldName(w[0]))) break;
    words++;
    end = at + (w.index ?? 0) + w[0].length;
  }
  if (words < minWords || isWordAt(text, end)) return null;
  return { start: at, end };
}

/** @-mentions, cued names and titled names (see the rules above), minus the author's own. */
export function personNameCandidates(text: string, authorNames: readonly string[] = []): Candidate[] {
  const authors = authorsOf(authorNames);
  const found: Candidate[] = [];
  const add = (start: number, end: number, label: string, name: string) => {
    if (!isAuthor(name, authors)) found.push({ kind: 'person_name', start, end, label });
  };
  MENTION.lastIndex = 0;
  for (let m = MENTION.exec(text); m !== null; m = MENTION.exec(text)) {
    const tagged = m[1] !== undefined ? nameAt(text, m.index + 1, 1) : null;
    const end = tagged !== null ? tagged.end : m[2] !== undefined ? m.index + m[0].length : null;
    const first = (nameWords(m[1] ?? m[2] ?? '')[0] ?? '').replace(/\d+$/, '');
    if (end === null || NON_NAME_WORDS.has(first)) continue;
    add(m.index, end, '@-mention', text.slice(m.index + 1, end));
  }
  TITLE.lastIndex = 0;
  for (let m = TITLE.exec(text); m !== null; m = TITLE.exec(text)) {
    const name = nameAt(text, m.index + m[0].length, 1);
    if (name !== null) add(m.index, name.end, 'Person name (with title)', text.slice(name.start, name.end));
  }
  CUES.lastIndex = 0;
  for (let m = CUES.exec(text); m !== null; m = CUES.exec(text)) {
    CUE_GAP.lastIndex = m.index + m[0].length;
    if (!CUE_GAP.test(text)) continue;
    let name = nameAt(text, CUE_GAP.lastIndex, 2);
    while (name !== null) {
      add(name.start, name.end, 'Person name', text.slice(name.start, name.end));
      CUES.lastIndex = Math.max(CUES.lastIndex, name.end);
      LIST_JOIN.lastIndex = name.end;
      name = LIST_JOIN.test(text) ? nameAt(text, LIST_JOIN.lastIndex, 2) : null;
    }
  }
  return found;
}

// Character classes, whole-word boundaries and the lexicon compiler the detectors share.
//
// Regexes run on the original text (never a normalised copy), so match offsets are the finding's
// UTF-16 offsets. Backtracking stays linear: no quantified group contains a quantifier over a
// class that can also match the group's delimiter, and every token regex starts with a
// lookbehind so it cannot restart inside a run it already rejected (which would be quadratic).

/** Letters, digits and combining marks: what "inside a word" means (JS `\b` is ASCII-only). */
export const WORD = String.raw`\p{L}\p{N}\p{M}`;
export const WORD_START = String.raw`(?<![${WORD}_])`;
export const WORD_END = String.raw`(?![${WORD}_])`;

/** A capitalised word: "Jane", "Zoë", "Jean-Luc", "O'Brien", "McDonald". No nested overlap. */
export const CAP_WORD = String.raw`(?:\p{Lu}(?:['’]\p{Lu})?[\p{Ll}\p{M}]+(?:\p{Lu}[\p{Ll}\p{M}]+)?(?:[-‐]\p{Lu}[\p{Ll}\p{M}]+)?)`;

const WORD_CHAR = new RegExp(`^[${WORD}_]$`, 'u');

/** Whether the code unit at i is a word character (false out of range; a pair is judged whole). */
export function isWordAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const unit = text.charCodeAt(i);
  const pairStart = unit >= 0xdc00 && unit <= 0xdfff && i > 0 && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800;
  const cp = text.codePointAt(pairStart ? i - 1 : i) ?? 0;
  return WORD_CHAR.test(String.fromCodePoint(cp));
}

// Base letters for the accented letters our lexicons use; an accented letter in a term also
// matches its base letter, bare or followed by combining marks ("depresión", "depresion",
// "depresio\u0301n").
const ACCENT_BASE: Record<string, string> = {
  á: 'a', à: 'a', â: 'a', ä: 'a', ã: 'a', é: 'e', è: 'e', ê: 'e', ë: 'e', í: 'i', ì: 'i', î: 'i', ï: 'i',
  ó: 'o', ò: 'o', ô: 'o', ö: 'o', õ: 'o', ú: 'u', ù: 'u', û: 'u', ü: 'u', ñ: 'n', ç: 'c',
};

/**
 * Compiles a lexicon term (a small regex fragment, no nested quantifiers) into a tolerant one:
 * "é" → (?:é|e\p{M}?) (precomposed, bare or decomposed), "ß" → (?:ß|ss), "'" → ['’],
 * " " → one whitespace character (\s, line breaks included), "-" outside classes → an optional
 * hyphen, dash or space ("co-worker", "coworker", "co worker").
 */
export function termSource(term: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < term.length; i++) {
    const ch = term[i] as string;
    if (ch === '\\') {
      out += ch + (term[i + 1] ?? '');
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      out += ch;
      continue;
    }
    if (ch === '[') inClass = true;
    const lower = ch.toLowerCase();
    const base = ACCENT_BASE[lower];
    if (base !== undefined) out += `(?:${ch}|${base}\\p{M}?)`;
    else if (lower === 'ß') out += '(?:ß|ss)';
    else if (ch === "'") out += "['’]";
    else if (ch === ' ') out += '\\s';
    else if (ch === '-') out += '[-‐‑–\\s]?';
    else out += ch;
  }
  return out;
}

/** One whole-word regex for a list of terms, longest first so the longest phrase wins. */
export function compileLexicon(terms: readonly string[], flags = 'giu'): RegExp {
  const sorted = [...terms].sort((a, b) => b.length - a.length);
  return new RegExp(`${WORD_START}(?:${sorted.map(termSource).join('|')})${WORD_END}`, flags);
}

/**
 * Folds a name for comparison: NFKD, no marks, lower case, letters and digits only
 * ("Zoë  Müller" → "zoemuller", "@jane.doe" → "janedoe").
 */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** The folded words of a name ("Jean-Luc Picard" → ["jean", "luc", "picard"]). */
export function nameWords(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

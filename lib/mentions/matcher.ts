// Compiles a workspace's entities and aliases into one automaton (buildMatcher). The result is
// immutable and holds no reference to the inputs, so the app can cache it per workspace and
// rebuild it when an entity or alias changes.
//
// Each alias yields up to two patterns, matched over the folded text (fold.ts):
//   name    the folded alias ("B2B Growth Co" → "b2b growth co"; also matches "B2B-Growth-Co",
//           "b2b  growth  co", "B2B‑Growth Co").
//   joined  for a multi-word alias, the folded words run together ("b2bgrowthco"). This form
//           accepts either the alias's own capitalisation with the separators removed
//           ("B2BGrowthCo", "MichelleRaymond", diacritics still folded), or any case after "#"
//           or "@" (hashtags and handles: "#b2bgrowthco"). So "Al Bert" does not turn every
//           "Albert" into a mention.
//   domain  an alias that is a host name ("acme.com", "https://www.acme.com/"), stored without
//           scheme, "www." or trailing slash. It matches the host in "acme.com", "www.acme.com",
//           "https://acme.com/blog", "ACME.COM", "blog.acme.com" and "jo@acme.com", but not
//           "notacme.com", "my-acme.com" or "acme.com.au". Host names are always matched
//           case-insensitively, whatever the alias says. A dotted name such as "Node.js" is read
//           as a host name too; the rules above suit it as well.
// An alias with no letter or digit is ignored.

import { buildAutomaton, type Automaton } from './automaton';
import { ASCII_FOLD, JOINER, foldAlias, isSpacelessCodePoint, isWordCodePoint, codePointAt, codePointBefore } from './fold';
import type { EntityInput, MatcherEntity } from './types';

export type AliasKind = 'name' | 'joined' | 'domain';

export interface AliasEntry {
  /** Index into matcher.entities (sorted by id). */
  readonly entity: number;
  readonly alias: string;
  readonly kind: AliasKind;
  readonly caseSensitive: boolean;
  /** Case-preserving fold of the alias (separators removed for `joined`), for case checks. */
  readonly exact: string;
  /** The plural suffix "s" (and "es" after s, x, z, ch, sh) may follow. */
  readonly plural: boolean;
  readonly pluralEs: boolean;
  /** The folded pattern starts / ends with a word character, so that edge needs a boundary. */
  readonly wordStart: boolean;
  readonly wordEnd: boolean;
  /** The pattern starts / ends with a letter of a script written without spaces (fold.ts). */
  readonly spacelessStart: boolean;
  readonly spacelessEnd: boolean;
  /** Deterministic tie-break order: entity id, then alias order within the entity. */
  readonly order: number;
}

export interface CompiledMatcher {
  readonly automaton: Automaton;
  /** Automaton class of each ASCII unit after folding (the scanner's fast path). */
  readonly asciiClass: Int32Array;
  /** Alias entries per pattern id (several entities may share a pattern). */
  readonly entries: readonly (readonly AliasEntry[])[];
}

export interface Matcher {
  /** Entities sorted by id. */
  readonly entities: readonly MatcherEntity[];
  readonly stats: {
    readonly aliases: number;
    readonly patterns: number;
    readonly states: number;
    readonly classes: number;
    readonly dense: boolean;
  };
  /** Compiled tables; internal to lib/mentions. */
  readonly compiled: CompiledMatcher;
}

const DOMAIN =
  /^(?:https?:\/\/)?(?:www\.)?((?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+(?:\p{L}{2,}|xn--[a-z0-9-]+))\.?\/?$/iu;

/** The host of an alias that is a domain ("https://www.Acme.com/" → "acme.com"), else null. */
export function domainOfAlias(text: string): string | null {
  const m = DOMAIN.exec(text.trim());
  return m?.[1] ? m[1].toLowerCase() : null;
}

/** Lower-case ASCII (punycode) form of a host, for comparing with citation URLs. */
export function asciiHost(host: string): string {
  try {
    return new URL(`https://${host}`).hostname.replace(/\.$/, '');
  } catch {
    return host.toLowerCase();
  }
}

function hasWordChar(s: string): boolean {
  for (let i = 0; i < s.length; ) {
    const cp = codePointAt(s, i);
    if (isWordCodePoint(cp)) return true;
    i += cp > 0xffff ? 2 : 1;
  }
  return false;
}

export function buildMatcher(input: readonly EntityInput[]): Matcher {
  const sorted = [...input].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]?.id === sorted[i - 1]?.id) throw new TypeError(`duplicate entity id: ${sorted[i]?.id}`);
  }

  const patternIds = new Map<string, number>();
  const patterns: string[] = [];
  const entries: AliasEntry[][] = [];
  const entities: MatcherEntity[] = [];
  let order = 0;
  let aliasCount = 0;

  const add = (pattern: string, entry: Omit<AliasEntry, 'order' | 'wordStart' | 'wordEnd' | 'spacelessStart' | 'spacelessEnd'>) => {
    let id = patternIds.get(pattern);
    if (id === undefined) {
      id = patterns.length;
      patternIds.set(pattern, id);
      patterns.push(pattern);
      entries.push([]);
    }
    const list = entries[id] as AliasEntry[];
    // The same entity reaching the same pattern twice (e.g. "Zoë" and "Zoe") keeps the first.
    if (list.some((e) => e.entity === entry.entity && e.kind === entry.kind && e.caseSensitive === entry.caseSensitive && e.exact === entry.exact)) return;
    list.push({
      ...entry,
      wordStart: isWordCodePoint(codePointAt(pattern, 0)),
      wordEnd: isWordCodePoint(codePointBefore(pattern, pattern.length)),
      spacelessStart: isSpacelessCodePoint(codePointAt(pattern, 0)),
      spacelessEnd: isSpacelessCodePoint(codePointBefore(pattern, pattern.length)),
      order: order++,
    });
  };

  sorted.forEach((entity, index) => {
    const domains = new Set<string>();
    const aliases = [{ text: entity.name, caseSensitive: entity.caseSensitive ?? false }, ...(entity.aliases ?? [])];
    for (const alias of aliases) {
      const text = typeof alias.text === 'string' ? alias.text.trim() : '';
      if (text === '') continue;
      const domain = domainOfAlias(text);
      if (domain !== null) {
        const folded = foldAlias(domain);
        if (!hasWordChar(folded)) continue;
        aliasCount++;
        domains.add(asciiHost(domain));
        add(folded, { entity: index, alias: text, kind: 'domain', caseSensitive: false, exact: '', plural: false, pluralEs: false });
        continue;
      }
      const folded = foldAlias(text);
      if (!hasWordChar(folded)) continue;
      aliasCount++;
      const caseSensitive = alias.caseSensitive === true;
      const exact = foldAlias(text, false);
      const last = folded.charCodeAt(folded.length - 1);
      const plural = isWordCodePoint(codePointBefore(folded, folded.length)) && !(last >= 0x30 && last <= 0x39);
      const pluralEs = plural && /(?:s|x|z|ch|sh)$/.test(folded);
      add(folded, { entity: index, alias: text, kind: 'name', caseSensitive, exact: caseSensitive ? exact : '', plural, pluralEs });
      if (folded.includes(' ')) {
        const joined = folded.replace(/ /g, '');
        add(joined, { entity: index, alias: text, kind: 'joined', caseSensitive, exact: exact.replace(/ /g, ''), plural, pluralEs });
      }
    }
    entities.push({ id: entity.id, name: entity.name, isUs: entity.isUs === true, domains: [...domains].sort() });
  });

  const automaton = buildAutomaton(patterns, { collapse: JOINER });
  const asciiClass = new Int32Array(128);
  for (let c = 0; c < 128; c++) asciiClass[c] = automaton.classOf[ASCII_FOLD[c] as number] as number;
  return {
    entities,
    stats: {
      aliases: aliasCount,
      patterns: patterns.length,
      states: automaton.stateCount,
      classes: automaton.stride,
      dense: automaton.delta !== null,
    },
    compiled: { automaton, asciiClass, entries },
  };
}

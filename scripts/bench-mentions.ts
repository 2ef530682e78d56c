// Mention-detection throughput: 1,000 aliases over 100 MB of generated AI answers, next to a
// naive baseline (one case-insensitive RegExp with \b boundaries per alias, run over each answer)
// in the same process.
//   npm run bench:mentions
//   BASELINE_MB=100 npm run bench:mentions      (baseline over all the text: about a minute more)
//   MB=20 BASELINE_MB=2 npm run bench:mentions  (a smaller run)
// The baseline runs over the first BASELINE_MB (default 5) of the same answers and its time for
// the whole text is extrapolated; the output says so. It only matches, while the timed detection
// does everything detectMentions does (folding, boundaries, overlaps, sentences, GEO scores,
// sentiment), so the ratio is conservative. A last line times modern-ahocorasick's search() on
// the first PACKAGE_MB (default 1; 0 skips it), the reason lib/mentions/automaton.ts gives for
// not using it.
// Everything is generated from a fixed-seed PRNG, so every run scans the same text. MB means
// 10^6 bytes of UTF-8; the text is mostly ASCII with some accents, curly quotes, dashes and emoji,
// bulleted and numbered lists, Markdown emphasis and links, as AI answers have.
import AhoCorasick from 'modern-ahocorasick';
import { buildMatcher, detectMentions, type EntityInput } from '@/lib/mentions';
import { findSpans } from '@/lib/mentions/scan';

const TOTAL_MB = Number(process.env.MB ?? 100);
const BASELINE_MB = Number(process.env.BASELINE_MB ?? 5);
const PACKAGE_MB = Number(process.env.PACKAGE_MB ?? 1);
const SEED = 20240918;

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(SEED);
const int = (n: number) => Math.floor(random() * n);
const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ra', 'to', 'su', 'vi', 'bel', 'cor', 'dan', 'fer', 'gal', 'hol', 'jin', 'kel', 'mar', 'nor', 'pra', 'quo', 'ris', 'sel', 'tam', 'ul', 'ven', 'wex', 'yor', 'zan'];
const COMMON = ('the of and to in is for on that with as are by this be it at from or an your can has more their which will about have ' +
  'they most when also content team growth brand post reach data audience strategy linkedin marketing b2b best top ' +
  'great helpful strong trusted popular poor weak recommended known consultant agency founder company expert insights ' +
  'australia sydney leaders creators profile engagement visibility results clients training model answer').split(' ');
const ACCENTED = ['café', 'naïve', 'résumé', 'Zürich', 'São', 'Ångström', 'coöperation', 'Dvořák'];

function pseudoWord(): string {
  let w = '';
  const n = 2 + int(2);
  for (let i = 0; i < n; i++) w += pick(SYLLABLES);
  return w;
}

// 250 entities × (name + 3 aliases) = 1,000 aliases.
const entities: EntityInput[] = [];
const used = new Set<string>();
function uniqueWord(): string {
  for (;;) {
    const w = pseudoWord();
    if (!used.has(w) && w.length >= 5) {
      used.add(w);
      return w;
    }
  }
}
for (let e = 0; e < 250; e++) {
  const first = capital(uniqueWord());
  const last = capital(uniqueWord());
  const brand = capital(uniqueWord());
  const accented = e % 10 === 0 ? `${first.slice(0, -1)}ë` : first;
  entities.push({
    id: `e${String(e).padStart(3, '0')}`,
    name: `${accented} ${last}`,
    isUs: e === 0,
    aliases: [
      { text: `${brand} Growth Co`, caseSensitive: false },
      { text: `${brand.toLowerCase()}.com`, caseSensitive: false },
      { text: e % 5 === 0 ? `${brand.slice(0, 3).toUpperCase()}X` : last, caseSensitive: e % 5 === 0 },
    ],
  });
}
const aliasTexts = entities.flatMap((e) => [e.name, ...e.aliases.map((a) => a.text)]);

function mentionText(entity: EntityInput): string {
  const alias = pick([entity.name, ...entity.aliases.map((a) => a.text)]);
  switch (int(8)) {
    case 0:
      return `**${alias}**`;
    case 1:
      return `[${alias}](https://${entity.aliases[1]?.text}/blog/${int(999)})`;
    case 2:
      return `${alias}’s`;
    case 3:
      return alias.replace(/ /g, '-');
    case 4:
      return `https://www.${entity.aliases[1]?.text}/about`;
    case 5:
      return alias.toLowerCase();
    default:
      return alias;
  }
}

function sentence(): string {
  const words: string[] = [];
  const n = 8 + int(18);
  for (let i = 0; i < n; i++) {
    const r = random();
    words.push(r < 0.7 ? pick(COMMON) : r < 0.97 ? pseudoWord() : pick(ACCENTED));
  }
  if (random() < 0.3) words.splice(int(words.length), 0, mentionText(pick(entities)));
  if (random() < 0.1) words.splice(int(words.length), 0, '—');
  if (random() < 0.02) words.push('🚀');
  const s = words.join(' ');
  return capital(s) + pick(['.', '.', '.', '!', '?', ':']);
}

function answer(targetChars: number): string {
  const parts: string[] = [];
  let length = 0;
  while (length < targetChars) {
    let block: string;
    if (random() < 0.3) {
      const items: string[] = [];
      const k = 2 + int(4);
      for (let i = 0; i < k; i++) items.push(`${random() < 0.5 ? '-' : `${i + 1}.`} ${sentence()}`);
      block = items.join('\n');
    } else {
      const k = 2 + int(4);
      const ss: string[] = [];
      for (let i = 0; i < k; i++) ss.push(sentence());
      block = ss.join(' ');
    }
    parts.push(block);
    length += block.length + 2;
  }
  return parts.join('\n\n');
}

function mb(bytes: number): string {
  return (bytes / 1e6).toFixed(1);
}

console.log(`generating ${TOTAL_MB} MB of answers (seed ${SEED}) and ${aliasTexts.length} aliases…`);
const answers: string[] = [];
const sizes: number[] = [];
let totalBytes = 0;
while (totalBytes < TOTAL_MB * 1e6) {
  const a = answer(1500 + int(4500));
  answers.push(a);
  const bytes = Buffer.byteLength(a, 'utf8');
  sizes.push(bytes);
  totalBytes += bytes;
}
console.log(`${answers.length} answers, ${mb(totalBytes)} MB, ${aliasTexts.length} aliases over ${entities.length} entities`);

let t0 = performance.now();
const matcher = buildMatcher(entities);
console.log(`buildMatcher: ${(performance.now() - t0).toFixed(1)} ms`, matcher.stats);

// Warm-up on the first answers (not timed), then the full run.
for (let i = 0; i < 200 && i < answers.length; i++) detectMentions(matcher, answers[i] as string);

const memoryBefore = process.memoryUsage().rss;
t0 = performance.now();
let mentions = 0;
let answersWithMentions = 0;
for (const a of answers) {
  const r = detectMentions(matcher, a);
  mentions += r.mentions.length;
  if (r.mentions.length > 0) answersWithMentions++;
}
const detectSeconds = (performance.now() - t0) / 1000;
const detectRate = totalBytes / 1e6 / detectSeconds;
console.log(
  `detectMentions (full: matching, sentences, GEO scores, sentiment): ${mb(totalBytes)} MB in ${detectSeconds.toFixed(2)} s = ${detectRate.toFixed(1)} MB/s; ` +
    `${mentions} mentions in ${answersWithMentions}/${answers.length} answers; rss ${mb(process.memoryUsage().rss)} MB (before ${mb(memoryBefore)} MB)`,
);

t0 = performance.now();
let spans = 0;
for (const a of answers) spans += findSpans(matcher.compiled, a).length;
const scanSeconds = (performance.now() - t0) / 1000;
const scanRate = totalBytes / 1e6 / scanSeconds;
console.log(`matching only (fold + automaton + boundaries + overlaps): ${scanRate.toFixed(1)} MB/s, ${spans} spans`);

// Baseline: one RegExp per alias, \b on both sides, case-insensitive, over a slice of the answers.
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const regexes = aliasTexts.map((a) => new RegExp(`\\b${escape(a)}\\b`, 'gi'));
let baselineBytes = 0;
let baselineMatches = 0;
t0 = performance.now();
for (let i = 0; i < answers.length && baselineBytes < BASELINE_MB * 1e6; i++) {
  const a = answers[i] as string;
  for (const re of regexes) {
    re.lastIndex = 0;
    while (re.exec(a) !== null) baselineMatches++;
  }
  baselineBytes += sizes[i] as number;
}
const baselineSeconds = (performance.now() - t0) / 1000;
const baselineRate = baselineBytes / 1e6 / baselineSeconds;
const extrapolated = baselineBytes < totalBytes;
console.log(
  `naive baseline (${regexes.length} RegExps, /\\balias\\b/gi, match loop only): ${mb(baselineBytes)} MB in ${baselineSeconds.toFixed(2)} s = ${baselineRate.toFixed(2)} MB/s, ${baselineMatches} matches` +
    (extrapolated ? ` — measured on the first ${mb(baselineBytes)} MB only; ${mb(totalBytes)} MB would take about ${(totalBytes / 1e6 / baselineRate).toFixed(0)} s (extrapolated)` : ''),
);

// modern-ahocorasick, for the record (automaton.ts says why it is not used): search() alone over
// lower-cased answers, no folding or boundary work, on a small slice (it is slow on non-ASCII).
if (PACKAGE_MB > 0) {
  const ac = new AhoCorasick(aliasTexts.map((a) => a.toLowerCase()));
  let pkgBytes = 0;
  let pkgMatches = 0;
  t0 = performance.now();
  for (let i = 0; i < answers.length && pkgBytes < PACKAGE_MB * 1e6; i++) {
    pkgMatches += ac.search((answers[i] as string).toLowerCase()).length;
    pkgBytes += sizes[i] as number;
  }
  const pkgSeconds = (performance.now() - t0) / 1000;
  console.log(`modern-ahocorasick search() only, first ${mb(pkgBytes)} MB: ${(pkgBytes / 1e6 / pkgSeconds).toFixed(2)} MB/s, ${pkgMatches} raw matches`);
}

const ratio = detectRate / baselineRate;
console.log(
  `\nresult: full detection ${detectRate.toFixed(1)} MB/s vs baseline ${baselineRate.toFixed(2)} MB/s = ${ratio.toFixed(1)}× ` +
    `(matching only: ${(scanRate / baselineRate).toFixed(1)}×; the baseline does matching only, without folding, scores or sentiment). Targets: ≥ 20 MB/s, ≥ 10×`,
);
console.log(`targets ${detectRate >= 20 && ratio >= 10 ? 'met' : 'NOT met'}`);

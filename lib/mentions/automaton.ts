// Aho–Corasick automaton over UTF-16 code units (Aho & Corasick, "Efficient string matching: an
// aid to bibliographic search", CACM 1975), built once per matcher and held in typed arrays.
//
// Why not a package: issue 5 asks for a well-kept package, or a hand-written matcher with the reason.
// modern-ahocorasick 3.3 (the most used one on npm) was tried first and measured on this project's
// Node 20 with 1,000 aliases:
//   - it steps through the text by grapheme clusters with Intl.Segmenter, which V8 iterates in
//     quadratic time on long strings (Intl.Segmenter alone: 100k characters 2.3 s, 300k 91 s), and
//     any non-ASCII character (an em dash, a curly quote, an emoji — common in AI answers) sends
//     the rest of the text down that path: 0.8 MB/s on the benchmark's answers, and a 5 MB answer
//     would take hours (extrapolating the quadratic growth);
//   - on pure ASCII text its default backend searched at about 25 MB/s, before any folding or
//     boundary work; its double-array backend ("/fast") took 2 s for 100k ASCII characters and did
//     not finish 1 MB within four minutes.
// The detector folds text itself (fold.ts) and needs plain code-unit matching, which this small
// automaton does at 200–400 MB/s. `npm run bench:mentions` prints the comparison.
//
// Joiner collapse: the detector folds every run of spaces and hyphens to one " " (fold.ts). Rather
// than skip units in the scanner's hot loop, the automaton gives each state entered by `collapse`
// a self-loop on `collapse`, so "a", " ", " ", "b" walks exactly like "a", " ", "b". (Such a state
// never ends a pattern: patterns never end with the joiner.)
//
// Layout: every code unit that occurs in a pattern gets a class id (1…C-1; 0 = any other unit).
// When states × classes is small enough the automaton is a full DFA: `delta[state*C + class]`
// holds the next state's row offset (state*C), bit-inverted (negative) when that state ends at
// least one pattern, so the scanner's hot loop is one load and one sign test per unit. Larger
// alphabets (say thousands of CJK names) fall back to goto/failure links in compressed rows.

/** Dense tables above this many entries (4 bytes each) use the sparse form instead. */
const DENSE_LIMIT = 1 << 23;

export interface Automaton {
  /** The patterns, as given. */
  readonly patterns: readonly string[];
  /** Class id of each UTF-16 code unit (0 = in no pattern). */
  readonly classOf: Uint16Array;
  /** Number of classes C (row width of the dense table). */
  readonly stride: number;
  readonly stateCount: number;
  /** Dense DFA (see above), or null when the sparse form is used. */
  readonly delta: Int32Array | null;
  /** Pattern id that ends exactly at a state, or -1. */
  readonly patternAt: Int32Array;
  /** Nearest proper suffix state that ends a pattern, or -1 (the output chain). */
  readonly outputLink: Int32Array;
  /** Length in code units of each pattern. */
  readonly patternLength: Int32Array;
  readonly maxPatternLength: number;
  /** Sparse step; returns the next state id, bit-inverted when it ends a pattern. */
  readonly step: (state: number, unit: number) => number;
}

export function buildAutomaton(patterns: readonly string[], options: { collapse?: number; denseLimit?: number } = {}): Automaton {
  const denseLimit = options.denseLimit ?? DENSE_LIMIT;
  const classOf = new Uint16Array(0x10000);
  let classes = 1;
  let maxPatternLength = 0;
  const patternLength = new Int32Array(patterns.length);
  for (let p = 0; p < patterns.length; p++) {
    const pattern = patterns[p] as string;
    if (pattern.length === 0) throw new RangeError('empty pattern');
    patternLength[p] = pattern.length;
    if (pattern.length > maxPatternLength) maxPatternLength = pattern.length;
    for (let k = 0; k < pattern.length; k++) {
      const u = pattern.charCodeAt(k);
      if (classOf[u] === 0) {
        if (classes === 0xffff) throw new RangeError('too many distinct characters in aliases');
        classOf[u] = classes++;
      }
    }
  }

  // Trie with per-state child maps (build time only).
  const children: Map<number, number>[] = [new Map()];
  const patternAtList: number[] = [-1];
  const labelList: number[] = [0];
  for (let p = 0; p < patterns.length; p++) {
    const pattern = patterns[p] as string;
    let state = 0;
    for (let k = 0; k < pattern.length; k++) {
      const cls = classOf[pattern.charCodeAt(k)] as number;
      const row = children[state] as Map<number, number>;
      let next = row.get(cls);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        patternAtList.push(-1);
        labelList.push(cls);
        row.set(cls, next);
      }
      state = next;
    }
    if (patternAtList[state] === -1) patternAtList[state] = p; // callers pass distinct patterns
  }
  const stateCount = children.length;
  const patternAt = Int32Array.from(patternAtList);

  // Breadth-first failure links and output links.
  const fail = new Int32Array(stateCount);
  const outputLink = new Int32Array(stateCount).fill(-1);
  const order = new Int32Array(stateCount);
  let head = 0;
  let tail = 0;
  order[tail++] = 0;
  while (head < tail) {
    const state = order[head++] as number;
    for (const [cls, child] of children[state] as Map<number, number>) {
      order[tail++] = child;
      let f = state === 0 ? -1 : (fail[state] as number);
      let target = 0;
      while (f !== -1) {
        const next = (children[f] as Map<number, number>).get(cls);
        if (next !== undefined) {
          target = next;
          break;
        }
        f = f === 0 ? -1 : (fail[f] as number);
      }
      fail[child] = target;
      outputLink[child] = (patternAt[target] as number) >= 0 ? target : (outputLink[target] as number);
    }
  }
  const ends = (state: number) => (patternAt[state] as number) >= 0 || (outputLink[state] as number) >= 0;

  const stride = classes;
  // Class of the collapsing unit, or -1 when no pattern holds it (then no state is entered by it).
  const collapse = options.collapse === undefined ? -1 : (classOf[options.collapse] as number) || -1;
  if (stateCount * stride <= denseLimit) {
    const raw = new Int32Array(stateCount * stride);
    for (let i = 0; i < stateCount; i++) {
      const state = order[i] as number;
      const row = state * stride;
      const fallback = (fail[state] as number) * stride;
      const kids = children[state] as Map<number, number>;
      for (let cls = 1; cls < stride; cls++) {
        const child = kids.get(cls);
        raw[row + cls] = child !== undefined ? child : state === 0 ? 0 : (raw[fallback + cls] as number);
      }
    }
    const delta = new Int32Array(stateCount * stride);
    for (let i = 0; i < raw.length; i++) {
      const target = raw[i] as number;
      delta[i] = ends(target) ? ~(target * stride) : target * stride;
    }
    if (collapse > 0) {
      for (let state = 1; state < stateCount; state++) {
        if (labelList[state] === collapse) delta[state * stride + collapse] = state * stride;
      }
    }
    return {
      patterns,
      classOf,
      stride,
      stateCount,
      delta,
      patternAt,
      outputLink,
      patternLength,
      maxPatternLength,
      step: (state, unit) => {
        const t = delta[state * stride + (classOf[unit] as number)] as number;
        return t < 0 ? ~(~t / stride) : t / stride;
      },
    };
  }

  // Sparse form: compressed rows sorted by class, binary-searched, failure links followed.
  const edgeStart = new Int32Array(stateCount + 1);
  let edges = 0;
  for (let s = 0; s < stateCount; s++) {
    edgeStart[s] = edges;
    edges += (children[s] as Map<number, number>).size;
  }
  edgeStart[stateCount] = edges;
  const edgeClass = new Uint16Array(edges);
  const edgeTarget = new Int32Array(edges);
  for (let s = 0; s < stateCount; s++) {
    const sorted = [...(children[s] as Map<number, number>)].sort((a, b) => a[0] - b[0]);
    let e = edgeStart[s] as number;
    for (const [cls, child] of sorted) {
      edgeClass[e] = cls;
      edgeTarget[e++] = child;
    }
  }
  const label = Int32Array.from(labelList);
  const endsFlag = new Uint8Array(stateCount);
  for (let s = 0; s < stateCount; s++) endsFlag[s] = ends(s) ? 1 : 0;
  const step = (state: number, unit: number): number => {
    const cls = classOf[unit] as number;
    if (cls === 0) return 0;
    if (cls === collapse && label[state] === collapse) return state;
    let s = state;
    for (;;) {
      let lo = edgeStart[s] as number;
      let hi = (edgeStart[s + 1] as number) - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        const c = edgeClass[mid] as number;
        if (c === cls) {
          const t = edgeTarget[mid] as number;
          return endsFlag[t] ? ~t : t;
        }
        if (c < cls) lo = mid + 1;
        else hi = mid - 1;
      }
      if (s === 0) return 0;
      s = fail[s] as number;
    }
  };
  return { patterns, classOf, stride, stateCount, delta: null, patternAt, outputLink, patternLength, maxPatternLength, step };
}

// Sensitive personal topics found by word lists (lexicons.ts): health, finance, family,
// confidentiality markers. A topic finding marks the words, not a whole sentence: the reader
// sees what to reconsider, and the score counts each mention.
//   finance  the FINANCE words, plus an income amount within 30 characters after a personal pay
//            phrase, in the same sentence ("I earn €5.000 a month", "my salary is $120k", "her
//            salary of 85,000 EUR"); not a job ad's "Salary range: €60,000".
//   family   the FAMILY words; "my/our/his/her" + a relative, optionally with an age before
//            ("my 7-year-old daughter") and a name or age after ("my son Tom", "our daughter (4)");
//            "a 3-year-old son".

import { CAP_WORD, compileLexicon, foldName, termSource, WORD, WORD_END, WORD_START } from './text';
import { CONFIDENTIAL, CONFIDENTIAL_CASED, FAMILY, FINANCE, HEALTH, HEALTH_CASED, PERSONAL_PAY, RELATIVES } from './lexicons';
import { NON_NAME_WORDS } from './name-words';
import type { Candidate, PrivacyKind } from './types';

const HEALTH_RE = compileLexicon(HEALTH);
const HEALTH_CASED_RE = compileLexicon(HEALTH_CASED, 'gu');
const FINANCE_RE = compileLexicon(FINANCE);
const FAMILY_RE = compileLexicon(FAMILY);
const CONFIDENTIAL_RE = compileLexicon(CONFIDENTIAL);
const CONFIDENTIAL_CASED_RE = compileLexicon(CONFIDENTIAL_CASED, 'gu');

const CURRENCY = '(?:[$€£¥₹]|usd|eur|gbp|chf|cad|aud)';
const CURRENCY_WORD = '(?:[$€£¥₹]|usd|eur|gbp|chf|cad|aud|euros?|dollars?|pounds?|francs?)';
const NUMBER = '(?:\\d{1,3}(?:[., \\u00A0]\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?)';
const MULTIPLIER = '(?:[ \\u00A0]?(?:k|m|bn|million|mio|thousand)(?![\\p{L}]))?';
const AMOUNT = `(?:${CURRENCY}[ \\u00A0]?${NUMBER}${MULTIPLIER}|${NUMBER}${MULTIPLIER}[ \\u00A0]?${CURRENCY_WORD}|\\d{2,3}[ \\u00A0]?k(?![\\p{L}]))`;
const PAY_AMOUNT = new RegExp(`${WORD_START}(?:${PERSONAL_PAY.map(termSource).join('|')})${WORD_END}[^.!?\\n]{0,30}?${AMOUNT}`, 'giu');

const AGE = '\\d{1,2}[- ](?:year|yr|month|week)s?[- ]old';
// "our mother company", "the parent process": business compounds, not relatives.
const NOT_KIN = '(?![ \\u00A0-](?:company|companies|firm|brand|board|group|corporation|organi[sz]ation|entity|process|node|tongue|nature|earth|land|language|ship|site|app|account)(?![\\p{L}]))';
const RELATIVE = `(?:${RELATIVES.map(termSource).join('|')})${NOT_KIN}`;
const MY_RELATIVE = new RegExp(
  `${WORD_START}(?:(?:my|our|his|her|their)\\s(?:(?:${AGE}|little|eldest|youngest|oldest|newborn|teenage|baby)\\s)?|an?\\s${AGE}\\s)${RELATIVE}${WORD_END}`,
  'giu',
);
// After "my son": his name, or his age, which make the remark identifying.
const RELATIVE_DETAIL = new RegExp(
  `,?[ \\u00A0](?:(${CAP_WORD})(?![${WORD}])|\\(\\d{1,2}\\)|\\d{1,2}(?![${WORD}])|aged[ \\u00A0]\\d{1,2}(?![${WORD}])|who[ \\u00A0](?:is|turned)[ \\u00A0]\\d{1,2}(?![${WORD}]))`,
  'uy',
);

function collect(re: RegExp, text: string, kind: PrivacyKind, label: string, out: Candidate[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ kind, start: m.index, end: m.index + m[0].length, label });
  }
}

export function healthCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  collect(HEALTH_RE, text, 'health', 'Health (sensitive personal topic)', out);
  collect(HEALTH_CASED_RE, text, 'health', 'Health (sensitive personal topic)', out);
  return out;
}

export function financeCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  collect(FINANCE_RE, text, 'finance', 'Personal finances', out);
  collect(PAY_AMOUNT, text, 'finance', 'Personal finances (income amount)', out);
  return out;
}

export function familyCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  collect(FAMILY_RE, text, 'family', 'Family details', out);
  MY_RELATIVE.lastIndex = 0;
  for (let m = MY_RELATIVE.exec(text); m !== null; m = MY_RELATIVE.exec(text)) {
    let end = m.index + m[0].length;
    RELATIVE_DETAIL.lastIndex = end;
    const detail = RELATIVE_DETAIL.exec(text);
    if (detail !== null && (detail[1] === undefined || !NON_NAME_WORDS.has(foldName(detail[1])))) end = RELATIVE_DETAIL.lastIndex;
    out.push({ kind: 'family', start: m.index, end, label: end > m.index + m[0].length ? 'Family details (name or age)' : 'Family details' });
  }
  return out;
}

export function confidentialCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  collect(CONFIDENTIAL_RE, text, 'confidential', 'Confidentiality marker', out);
  collect(CONFIDENTIAL_CASED_RE, text, 'confidential', 'Confidentiality marker', out);
  return out;
}

// Whether cited URLs point to our domains or LinkedIn posts, per citation and per entity.
import { describe, expect, it } from 'vitest';
import { buildMatcher, citationHost, citationsPointToUs, detectMentions, normalizeDomain, ownCitationTest } from '@/lib/mentions';

const POST = '7458194261025673216';

describe('citations in detection results', () => {
  const matcher = buildMatcher([
    { id: 'acme', name: 'Acme', isUs: true, aliases: [{ text: 'acme.com', caseSensitive: false }] },
    { id: 'globex', name: 'Globex', isUs: false, aliases: [{ text: 'https://www.globex.io/', caseSensitive: false }] },
  ]);
  const citations = [
    'https://blog.acme.com/post',
    'https://notacme.com/',
    'acme.com/about',
    `https://www.linkedin.com/posts/jane-doe_title-activity-${POST}-AbCd/?utm_source=share`,
    'https://www.linkedin.com/feed/update/urn:li:activity:1111111111111111111/',
    'https://globex.io/pricing',
    'garbage',
    'mailto:jo@acme.com',
  ];
  const result = detectMentions(matcher, 'Acme and Globex are both fine.', citations, { linkedinActivityIds: [`urn:li:activity:${POST}`] });

  it('describes every citation, in order', () => {
    expect(result.citations).toEqual([
      { url: citations[0], host: 'blog.acme.com', entityIds: ['acme'], linkedinPostId: null, ours: true },
      { url: citations[1], host: 'notacme.com', entityIds: [], linkedinPostId: null, ours: false },
      { url: citations[2], host: 'acme.com', entityIds: ['acme'], linkedinPostId: null, ours: true },
      { url: citations[3], host: 'www.linkedin.com', entityIds: [], linkedinPostId: POST, ours: true },
      { url: citations[4], host: 'www.linkedin.com', entityIds: [], linkedinPostId: '1111111111111111111', ours: false },
      { url: citations[5], host: 'globex.io', entityIds: ['globex'], linkedinPostId: null, ours: false },
      { url: citations[6], host: null, entityIds: [], linkedinPostId: null, ours: false },
      { url: citations[7], host: null, entityIds: [], linkedinPostId: null, ours: false },
    ]);
  });

  it('marks each mentioned entity whose domain is cited', () => {
    expect(result.entities.map((e) => [e.entityId, e.ownCitation])).toEqual([
      ['acme', true],
      ['globex', true],
    ]);
    const none = detectMentions(matcher, 'Acme and Globex.', ['https://example.org']);
    expect(none.entities.map((e) => e.ownCitation)).toEqual([false, false]);
  });

  it('keeps citations even when no entity is named', () => {
    const r = detectMentions(matcher, 'Nobody here.', ['https://acme.com']);
    expect(r.mentions).toEqual([]);
    expect(r.citations[0]).toMatchObject({ host: 'acme.com', entityIds: ['acme'], ours: true });
  });
});

describe('citationsPointToUs', () => {
  it('accepts our domains and their subdomains in any alias form', () => {
    expect(citationsPointToUs(['https://x.org', 'https://www.acme.com/blog'], { domains: ['acme.com'] })).toBe(true);
    expect(citationsPointToUs(['http://shop.ACME.com'], { domains: ['https://www.acme.com/'] })).toBe(true);
    expect(citationsPointToUs(['https://x.org', 'https://acme.com.evil.io/', 'https://notacme.com'], { domains: ['acme.com'] })).toBe(false);
    expect(citationsPointToUs([], { domains: ['acme.com'] })).toBe(false);
    expect(citationsPointToUs(['https://acme.com'], { domains: ['not a domain'] })).toBe(false);
  });

  it('accepts our LinkedIn posts in any URL or URN form', () => {
    const own = { domains: [], linkedinActivityIds: [POST] };
    expect(citationsPointToUs([`https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A${POST}`], own)).toBe(true);
    expect(citationsPointToUs([`https://www.linkedin.com/posts/jane_x-activity-${POST}-AbCd`], own)).toBe(true);
    expect(citationsPointToUs([`urn:li:activity:${POST}`], own)).toBe(true);
    expect(citationsPointToUs(['https://www.linkedin.com/feed/update/urn:li:activity:1111111111111111111/'], own)).toBe(false);
    expect(citationsPointToUs([`https://example.org/?activity-${POST}`], own)).toBe(false);
  });

  it('compares internationalised domains in punycode', () => {
    expect(normalizeDomain('zoë.com')).toBe('xn--zo-ija.com');
    expect(ownCitationTest({ domains: ['zoë.com'] })('https://www.zoë.com/a')).toBe(true);
  });

  it('reads hosts from URLs and bare host/path citations only', () => {
    expect(citationHost('https://ACME.com./x')).toBe('acme.com');
    expect(citationHost('acme.com:8080/x')).toBe('acme.com');
    expect(citationHost('urn:li:activity:1')).toBe(null);
    expect(citationHost('ftp://acme.com')).toBe(null);
    expect(citationHost('localhost')).toBe(null);
    expect(citationHost('two words')).toBe(null);
    expect(citationHost('')).toBe(null);
  });
});

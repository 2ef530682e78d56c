import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activityIdFromUrl, activityIdTime, canonicalPostUrl, parsePostRef } from '@/lib/imports/linkedin-urls';

const ID = '7458194261025673216';

describe('activityIdFromUrl', () => {
  it.each([
    ['Shares.csv ShareLink with an encoded ugcPost URN', `https://www.linkedin.com/feed/update/urn%3Ali%3AugcPost%3A${ID}`],
    ['encoded share URN', `https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A${ID}`],
    ['encoded activity URN in lower-case hex', `https://www.linkedin.com/feed/update/urn%3ali%3aactivity%3a${ID}`],
    ['doubly encoded URN', `https://www.linkedin.com/feed/update/urn%253Ali%253Aactivity%253A${ID}`],
    ['plain URN in the path with a trailing slash', `https://www.linkedin.com/feed/update/urn:li:activity:${ID}/`],
    ['plain URN with a query', `https://www.linkedin.com/feed/update/urn:li:share:${ID}?utm_source=share&utm_medium=member_desktop`],
    ['posts slug with activity', `https://www.linkedin.com/posts/jane-example_some-title-activity-${ID}-AbCd`],
    ['posts slug with activity, slash and query', `https://www.linkedin.com/posts/jane-example_title-activity-${ID}-AbCd/?utm_source=share`],
    ['posts slug with ugcPost', `https://www.linkedin.com/posts/jane-example_title-ugcPost-${ID}-Xy1Z`],
    ['posts slug with share', `https://linkedin.com/posts/jane-example_title-share-${ID}-Xy1Z`],
    ['country subdomain', `https://de.linkedin.com/posts/jane-example_title-activity-${ID}-AbCd`],
    ['embed URL', `https://www.linkedin.com/embed/feed/update/urn:li:ugcPost:${ID}`],
    ['plain URN', `urn:li:share:${ID}`],
    ['plain URN with spaces around', `  urn:li:activity:${ID} `],
    ['bare id', ID],
  ])('reads the id from a %s', (_, input) => {
    expect(activityIdFromUrl(input)).toBe(ID);
  });

  it.each([
    ['an empty string', ''],
    ['a company page', 'https://www.linkedin.com/company/acme-example/'],
    ['a profile', 'https://www.linkedin.com/in/jane-example/'],
    ['an article without id', 'https://www.linkedin.com/pulse/why-reach-matters-jane-example/'],
    ['another site with a look-alike slug', `https://example.com/posts/x-activity-${ID}-AbCd`],
    ['a short id', 'urn:li:activity:12345'],
    ['a hashtag feed', 'https://www.linkedin.com/feed/hashtag/data/'],
    ['broken percent-encoding', 'https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A%ZZ'],
  ])('finds no id in %s', (_, input) => {
    expect(activityIdFromUrl(input)).toBeNull();
  });

  it('keeps the kind of URN the id came with', () => {
    expect(parsePostRef(`https://www.linkedin.com/feed/update/urn%3Ali%3AugcPost%3A${ID}`)).toEqual({ id: ID, kind: 'ugcPost' });
    expect(parsePostRef(`https://www.linkedin.com/posts/x_y-share-${ID}-AbCd`)).toEqual({ id: ID, kind: 'share' });
    expect(parsePostRef(ID)).toEqual({ id: ID, kind: 'activity' });
  });

  it('reads back the id of every canonical URL, encoded or not', () => {
    const ids = fc.bigInt({ min: 1n << 62n, max: (1n << 63n) - 1n }).map(String);
    const kinds = fc.constantFrom('activity' as const, 'share' as const, 'ugcPost' as const);
    fc.assert(
      fc.property(ids, kinds, (id, kind) => {
        const url = canonicalPostUrl(id, kind);
        expect(activityIdFromUrl(url)).toBe(id);
        expect(activityIdFromUrl(`https://www.linkedin.com/feed/update/${encodeURIComponent(`urn:li:${kind}:${id}`)}`)).toBe(id);
      }),
    );
  });
});

describe('canonicalPostUrl', () => {
  it('opens the post on its feed page', () => {
    expect(canonicalPostUrl(ID)).toBe(`https://www.linkedin.com/feed/update/urn:li:activity:${ID}/`);
    expect(canonicalPostUrl(ID, 'ugcPost')).toBe(`https://www.linkedin.com/feed/update/urn:li:ugcPost:${ID}/`);
  });
});

describe('activityIdTime', () => {
  it('reads the creation time from the top bits of the id', () => {
    // FORMATS.md's example row: posted 2026-05-07 16:41:18 UTC.
    const time = activityIdTime(ID);
    expect(time.toISOString().slice(0, 19)).toBe('2026-05-07T16:41:18');
  });

  it('inverts packing a time into an id', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2012-01-01'), max: new Date('2040-01-01'), noInvalidDate: true }), fc.bigInt({ min: 0n, max: (1n << 22n) - 1n }), (date, low) => {
        const id = ((BigInt(date.getTime()) << 22n) | low).toString();
        expect(activityIdTime(id).getTime()).toBe(date.getTime());
      }),
    );
  });
});

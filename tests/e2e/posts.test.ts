import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFixtures } from '../fixtures/imports/build';
import { launchBrowser, newSession, screenshot, signUp, uniqueEmail, workspaceSlug } from './support/browser';

// A creator brings in LinkedIn's exports, looks at a post's metrics, and records an opt-out.

let browser: Browser;
let page: Page;
let base: string;
let fixtures: string;

beforeAll(async () => {
  fixtures = await importFixtures();
  browser = await launchBrowser();
  ({ page } = await newSession(browser));
});

afterAll(async () => {
  await browser?.close();
});

async function upload(file: string, preview = false) {
  await page.getByLabel('File', { exact: true }).setInputFiles(file);
  await page.getByRole('button', { name: preview ? 'Preview' : 'Import', exact: true }).click();
  const status = page.getByRole('status').filter({ hasText: preview ? 'Preview — nothing was written.' : 'Imported.' });
  await status.waitFor({ timeout: 30_000 });
  return (await status.textContent()) ?? '';
}

describe('posts from LinkedIn exports', () => {
  it('a creator adds their profile', async () => {
    await page.goto('/sign-up');
    await signUp(page, { name: 'Cleo Creator', email: uniqueEmail('creator'), password: 'creator-password-1' });
    await page.waitForURL(/\/w\/[^/]+$/);
    base = `/w/${workspaceSlug(page.url())}`;
    await page.goto(`${base}/profiles`);
    const form = page.getByRole('form', { name: 'Add a profile' });
    await form.getByLabel('Name').fill('Cleo Creator');
    await form.getByLabel('Region').selectOption('US');
    await form.getByRole('button', { name: 'Add profile' }).click();
    await page.getByText('Added “Cleo Creator”.').waitFor();
  });

  it('previews a Shares.csv without writing, then imports it, and a second import adds nothing', async () => {
    await page.goto(`${base}/imports`);
    const shares = path.join(import.meta.dirname, '../fixtures/imports/shares-2025.csv');
    expect(await upload(shares, true)).toMatch(/would add [1-9]/);
    await page.goto(`${base}/posts`);
    await page.getByText('No posts yet').first().waitFor();

    await page.goto(`${base}/imports`);
    expect(await upload(shares)).toMatch(/added [1-9]/);
    await page.goto(`${base}/imports`);
    expect(await upload(shares)).toMatch(/added 0 · updated 0/);
    await screenshot(page, '10-import');
  });

  it('imports a creator analytics workbook with its top posts and their metrics', async () => {
    await page.goto(`${base}/imports`);
    const text = await upload(path.join(fixtures, 'creator-content.xlsx'));
    expect(text).toContain('LinkedIn creator analytics');
    expect(text).toMatch(/rejected 0/);
  });

  it('lists the posts and shows a post’s metric history chart', async () => {
    await page.goto(`${base}/posts?sort=impressions&dir=desc`);
    const rows = page.getByRole('table').getByRole('row');
    await rows.nth(1).waitFor();
    expect(await rows.count()).toBeGreaterThan(4);
    await rows.nth(1).getByRole('link').first().click();
    await page.waitForURL(new RegExp(`${base}/posts/[0-9a-f-]{36}$`));
    const figure = page.getByRole('figure', { name: 'Metric history' });
    await figure.waitFor();
    expect(await figure.getByRole('img').first().getAttribute('aria-label')).toMatch(/impressions/i);
    await figure.getByRole('button', { name: 'Show as table' }).click();
    // The most-seen post of the workbook's top posts: 9,000 impressions.
    expect(await figure.getByRole('table').textContent()).toContain('9,000');
    await screenshot(page, '11-post');
  });

  it('records an opt-out, and the profile’s exposure changes from exposed to opted out', async () => {
    await page.goto(`${base}/profiles`);
    await page.getByRole('link', { name: 'Cleo Creator' }).first().click();
    await page.waitForURL(new RegExp(`${base}/profiles/[0-9a-f-]{36}$`));
    const now = page.locator('section', { has: page.getByRole('heading', { name: 'Training exposure now' }) });
    expect(await now.textContent()).toContain('exposed');
    await page.getByRole('button', { name: 'I turned it OFF today' }).click();
    await page.getByText('Recorded: turned OFF now.').waitFor();
    await page.reload();
    expect(await now.textContent()).toContain('opted out');
    expect(await page.locator('section', { has: page.getByRole('heading', { name: 'Recorded changes' }) }).textContent()).toContain('OFF');
    await screenshot(page, '12-opted-out');
  });
});

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFixtures } from '../fixtures/imports/build';
import { launchBrowser, newSession, screenshot, seriousViolations, signUp, uniqueEmail, workspaceSlug } from './support/browser';

// A creator imports LinkedIn's exports, records an AI answer, and reads the dashboard and the
// opt-in test: every chart draws, the range changes the numbers, a chart's CSV is its table,
// and axe-core finds no serious or critical accessibility violation.

let browser: Browser;
let page: Page;
let base: string;

beforeAll(async () => {
  browser = await launchBrowser();
  ({ page } = await newSession(browser));
});

afterAll(async () => {
  await browser?.close();
});

async function upload(file: string) {
  await page.getByLabel('File', { exact: true }).setInputFiles(file);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Imported.' }).waitFor({ timeout: 30_000 });
}

const kpi = (label: string) => page.locator('dd .sr-only', { hasText: new RegExp(`^${label}:`) }).first().textContent();

describe('the dashboard', () => {
  it('a creator brings in posts, metrics and an AI answer', async () => {
    await signUp(page, { name: 'Dana Dashboard', email: uniqueEmail('dash'), password: 'dashboard-password-1' });
    await page.waitForURL(/\/w\/[^/]+$/);
    base = `/w/${workspaceSlug(page.url())}`;
    await page.goto(`${base}/profiles`);
    const form = page.getByRole('form', { name: 'Add a profile' });
    await form.getByLabel('Name').fill('Dana Dashboard');
    await form.getByLabel('Region').selectOption('US');
    await form.getByRole('button', { name: 'Add profile' }).click();
    await page.getByText('Added “Dana Dashboard”.').waitFor();

    await page.goto(`${base}/imports`);
    await upload(path.join(import.meta.dirname, '../fixtures/imports/shares-2025.csv'));
    await page.goto(`${base}/imports`);
    await upload(path.join(await importFixtures(), 'creator-content.xlsx'));

    await page.goto(`${base}/entities`);
    const name = page.getByRole('form', { name: 'Add a name' });
    await name.getByLabel('Name', { exact: true }).fill('Dana Dashboard');
    await name.getByRole('button', { name: 'Add name' }).click();
    await page.getByRole('link', { name: 'Dana Dashboard', exact: true }).waitFor();
    await page.goto(`${base}/answers/new`);
    const answer = page.getByRole('form', { name: 'Record an answer' });
    await answer.getByLabel('Question').fill('Who writes well about LinkedIn growth?');
    await answer.getByLabel('Answer').fill('Dana Dashboard writes clearly about LinkedIn growth.');
    await answer.getByRole('button', { name: 'Record answer' }).click();
    await page.waitForURL(new RegExp(`${base}/answers/[0-9a-f-]{36}`));
  });

  it('draws every chart for all time, and the range changes the numbers', async () => {
    await page.goto(`${base}?range=all`);
    for (const title of [/^Impressions and engagement rate per/, /^Followers at the end of each/, /^AI visibility:/, /^Reach against privacy exposure/, /^Top posts by impressions/]) {
      await page.getByRole('figure', { name: title }).waitFor();
    }
    expect(await page.getByRole('figure', { name: /^Impressions and engagement rate per/ }).locator('svg').count()).toBeGreaterThan(0);
    const allTime = await kpi('Impressions');
    expect(allTime).toMatch(/^Impressions: [1-9]/);
    expect(await kpi('AI mention rate')).toMatch(/100(\.0)?%/);
    await screenshot(page, '30-dashboard');

    await page.getByRole('navigation', { name: 'Date range' }).getByRole('link', { name: 'Last 7 days' }).click();
    await page.waitForURL(/range=7d/);
    expect(await kpi('Impressions')).not.toBe(allTime);
  });

  it('downloads exactly the rows a chart’s table shows', async () => {
    await page.goto(`${base}?range=all`);
    const figure = page.getByRole('figure', { name: /^Top posts by impressions/ });
    const [download] = await Promise.all([page.waitForEvent('download'), figure.getByRole('button', { name: /Download CSV/ }).click()]);
    const csv = (await readFile((await download.path())!, 'utf8')).trim().split(/\r?\n/);
    await figure.getByRole('button', { name: 'Show as table' }).click();
    const rows = figure.getByRole('table').getByRole('row');
    expect(await rows.count()).toBe(csv.length); // header + one line per row
    const firstCells = await rows.nth(1).getByRole('cell').allTextContents();
    expect(csv[1]).toContain(firstCells[0]!.trim().replace(/"/g, '""').slice(0, 20));
  });

  it('has no serious or critical accessibility violation', async () => {
    await page.goto(`${base}?range=all`);
    await page.getByRole('figure', { name: /^Top posts by impressions/ }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe('the opt-in test page', () => {
  it('states the claim, gives a verdict per comparison, and has no serious accessibility violation', async () => {
    await page.goto(`${base}/opt-in-test?range=all`);
    await page.getByText(/not conclusive|Conclusive/i).first().waitFor();
    await page.getByRole('figure', { name: /What exposure bought and what it cost/ }).waitFor();
    await screenshot(page, '31-opt-in-test');
    expect(await seriousViolations(page)).toEqual([]);
  });
});

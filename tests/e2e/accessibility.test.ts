import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newSession, screenshot, seriousViolations, signUp, uniqueEmail, workspaceSlug } from './support/browser';

// Every page of a workspace with some data in it, checked by axe-core: no serious or critical
// accessibility violation. The dashboard and the opt-in test are checked with richer data in
// dashboard.test.ts.

let browser: Browser;
let page: Page;
let base: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  browser = await launchBrowser();
  ({ page } = await newSession(browser));
});

afterAll(async () => {
  await browser?.close();
});

const idFrom = (url: string) => /([0-9a-f-]{36})(?:\?|$)/.exec(url)?.[1] ?? '';

describe('accessibility', () => {
  it('a workspace gets a profile, a post, a name, a prompt and an answer', async () => {
    await signUp(page, { name: 'Ali Access', email: uniqueEmail('a11y'), password: 'a11y-password-12' });
    await page.waitForURL(/\/w\/[^/]+$/);
    base = `/w/${workspaceSlug(page.url())}`;
    await page.goto(`${base}/profiles`);
    const profile = page.getByRole('form', { name: 'Add a profile' });
    await profile.getByLabel('Name').fill('Ali Access');
    await profile.getByLabel('Region').selectOption('DE');
    await profile.getByRole('button', { name: 'Add profile' }).click();
    await page.getByText('Added “Ali Access”.').waitFor();
    await page.getByRole('link', { name: 'Ali Access' }).first().click();
    await page.waitForURL(new RegExp(`${base}/profiles/[0-9a-f-]{36}`));
    ids.profile = idFrom(page.url());

    await page.goto(`${base}/posts/new`);
    const post = page.getByRole('form', { name: 'Add a post' });
    await post.getByLabel('LinkedIn URL or URN').fill('urn:li:activity:7300000000000000000');
    await post.getByLabel('Text (optional)').fill('Thanks to my colleague Jane Doe. Mail me at ali@example.com.');
    await post.getByRole('button', { name: 'Add post' }).click();
    await page.waitForURL(new RegExp(`${base}/posts/[0-9a-f-]{36}`));
    ids.post = idFrom(page.url());

    await page.goto(`${base}/entities`);
    const name = page.getByRole('form', { name: 'Add a name' });
    await name.getByLabel('Name', { exact: true }).fill('Ali Access');
    await name.getByRole('button', { name: 'Add name' }).click();
    await page.getByRole('link', { name: 'Ali Access', exact: true }).click();
    await page.waitForURL(new RegExp(`${base}/entities/[0-9a-f-]{36}`));
    ids.entity = idFrom(page.url());

    await page.goto(`${base}/prompts`);
    const prompt = page.getByRole('form', { name: 'Add a prompt' });
    await prompt.getByLabel('Question').fill('Who explains accessibility well?');
    await prompt.getByRole('button', { name: 'Add prompt' }).click();
    await page.locator(`a[href^="${base}/prompts/"]`).first().click();
    await page.waitForURL(new RegExp(`${base}/prompts/[0-9a-f-]{36}`));
    ids.prompt = idFrom(page.url());

    await page.goto(`${base}/answers/new`);
    const answer = page.getByRole('form', { name: 'Record an answer' });
    await answer.getByLabel('Question').fill('Who explains accessibility well?');
    await answer.getByLabel('Answer').fill('Ali Access writes about it, see https://example.com.');
    await answer.getByLabel('Cited links (optional)').fill('https://example.com/a11y');
    await answer.getByRole('button', { name: 'Record answer' }).click();
    await page.waitForURL(new RegExp(`${base}/answers/[0-9a-f-]{36}`));
    ids.answer = idFrom(page.url());
  });

  it.each([
    ['dashboard', () => `${base}?range=all`],
    ['opt-in test', () => `${base}/opt-in-test?range=all`],
    ['profiles', () => `${base}/profiles`],
    ['a profile', () => `${base}/profiles/${ids.profile}`],
    ['posts', () => `${base}/posts`],
    ['a post', () => `${base}/posts/${ids.post}`],
    ['new post', () => `${base}/posts/new`],
    ['import', () => `${base}/imports`],
    ['names', () => `${base}/entities`],
    ['a name', () => `${base}/entities/${ids.entity}`],
    ['AI answers', () => `${base}/answers`],
    ['an answer', () => `${base}/answers/${ids.answer}`],
    ['record an answer', () => `${base}/answers/new`],
    ['prompts', () => `${base}/prompts`],
    ['a prompt', () => `${base}/prompts/${ids.prompt}`],
    ['notes', () => `${base}/annotations`],
    ['settings', () => `${base}/settings`],
    ['members', () => `${base}/settings/members`],
    ['API tokens', () => `${base}/settings/tokens`],
    ['region rules', () => `${base}/settings/rules`],
    ['AI engines', () => `${base}/settings/engines`],
    ['audit log', () => `${base}/settings/audit`],
  ])('the %s page has no serious or critical violation', async (name, url) => {
    const response = await page.goto(url());
    expect(response?.status()).toBe(200);
    await screenshot(page, `40-${name.replace(/\W+/g, '-')}`);
    expect(await seriousViolations(page)).toEqual([]);
  });
});

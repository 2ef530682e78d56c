import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerFixtures } from '../fixtures/answers/build';
import { openAiReply, startEngineServer, type EngineServer } from '../unit/probes/engine-server';
import { launchBrowser, newSession, screenshot, signUp, uniqueEmail, workspaceSlug } from './support/browser';

// A brand team names itself and a competitor, sets up an AI engine (a local stand-in speaking
// the OpenAI wire format), asks a tracked prompt, records and imports answers, and reads what
// the engines say about it.

let browser: Browser;
let page: Page;
let base: string;
let engine: EngineServer;
const KEY = 'sk-e2e-secret-key-1234';

beforeAll(async () => {
  engine = await startEngineServer();
  browser = await launchBrowser();
  ({ page } = await newSession(browser));
});

afterAll(async () => {
  await browser?.close();
  await engine?.close();
});

describe('AI mentions', () => {
  it('a brand team names itself and a competitor', async () => {
    await signUp(page, { name: 'Bea Brand', email: uniqueEmail('brand'), password: 'brand-password-1' });
    await page.waitForURL(/\/w\/[^/]+$/);
    base = `/w/${workspaceSlug(page.url())}`;
    await page.goto(`${base}/entities`);
    const add = async (name: string, side: 'us' | 'competitor', aliases: string) => {
      const form = page.getByRole('form', { name: 'Add a name' });
      await form.getByLabel('Name', { exact: true }).fill(name);
      await form.getByLabel('Whose name').selectOption(side);
      await form.getByLabel('Other names, one per line').fill(aliases);
      await form.getByRole('button', { name: 'Add name' }).click();
      await page.getByRole('link', { name, exact: true }).waitFor();
    };
    await add('B2B Growth Co', 'us', 'b2bgrowthco.com');
    await add('Acme Agency', 'competitor', 'Acme');
  });

  it('an owner adds an engine; its key never comes back to the browser', async () => {
    await page.goto(`${base}/settings/engines`);
    const form = page.getByRole('form', { name: 'Add an engine' });
    await form.getByLabel('Name', { exact: true }).fill('Local GPT');
    await form.getByLabel('Base URL').fill(`${engine.origin}/v1`);
    await form.getByLabel('Model').fill('gpt-4o-mini');
    await form.getByLabel('API key').fill(KEY);
    await form.getByRole('button', { name: 'Add engine' }).click();
    await page.getByRole('cell', { name: 'Local GPT' }).first().waitFor();
    expect(await page.content()).not.toContain(KEY);
    expect(await page.content()).toContain('…1234');

    engine.script({ json: openAiReply('OK') });
    await page.getByRole('form', { name: 'Test the connection to Local GPT' }).getByRole('button').click();
    await page.getByText(/Connected: .* answered in/).waitFor();
    expect(engine.requests[0]!.headers.authorization).toBe(`Bearer ${KEY}`);
  });

  it('asks a tracked prompt now; the background worker records the answer with its mentions', async () => {
    engine.script({ json: openAiReply('Acme is well known, but B2B Growth Co is the best for LinkedIn growth.', { citations: ['https://b2bgrowthco.com/playbook'] }) });
    await page.goto(`${base}/prompts`);
    const form = page.getByRole('form', { name: 'Add a prompt' });
    await form.getByLabel('Question').fill('Who helps B2B companies grow on LinkedIn?');
    await form.getByRole('button', { name: 'Add prompt' }).click();
    await page.getByRole('link', { name: 'Who helps B2B companies grow on LinkedIn?' }).first().waitFor();
    await page.getByRole('form', { name: 'Ask “Who helps B2B companies grow on LinkedIn?” now' }).getByRole('button').click();
    await page.getByText('One run queued.').waitFor();

    await page.locator(`a[href^="${base}/prompts/"]`).first().click();
    await page.waitForURL(new RegExp(`${base}/prompts/[0-9a-f-]{36}$`));
    await expect.poll(async () => {
      await page.reload();
      return page.getByRole('link', { name: 'Answer of Local GPT' }).count();
    }, { timeout: 30_000, interval: 1000 }).toBeGreaterThan(0);
    await screenshot(page, '20-prompt-runs');
    await page.getByRole('link', { name: 'Answer of Local GPT' }).first().click();
    await page.waitForURL(new RegExp(`${base}/answers/[0-9a-f-]{36}`));
    const marks = page.locator('mark[data-side]');
    expect(await marks.allTextContents()).toEqual(['Acme', 'B2B Growth Co']);
    expect(await page.getByText('ours').count()).toBeGreaterThan(0);
    await screenshot(page, '21-answer');
  });

  it('records an answer by hand; hostile text stays text', async () => {
    await page.goto(`${base}/answers/new`);
    const form = page.getByRole('form', { name: 'Record an answer' });
    await form.getByLabel('Question').fill('Best LinkedIn agencies?');
    await form.getByLabel('Answer').fill('Try B2B Growth Co <script>window.__pwned = 1</script> or [Acme](javascript:alert(1)).');
    await form.getByLabel('Engine').selectOption('perplexity');
    await form.getByRole('button', { name: 'Record answer' }).click();
    await page.waitForURL(new RegExp(`${base}/answers/[0-9a-f-]{36}`));
    await page.getByText('<script>window.__pwned = 1</script>', { exact: false }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('a[href^="javascript"]').count()).toBe(0);
    expect(await page.locator('mark[data-side]').allTextContents()).toEqual(['B2B Growth Co', 'Acme']);
  });

  it('imports a ChatGPT data export without choosing a profile', async () => {
    await page.goto(`${base}/imports`);
    await page.getByLabel('File', { exact: true }).setInputFiles(path.join(await answerFixtures(), 'chatgpt-export.zip'));
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const status = page.getByRole('status').filter({ hasText: 'Imported.' });
    await status.waitFor({ timeout: 30_000 });
    expect(await status.textContent()).toContain('ChatGPT data export');
    await page.goto(`${base}/answers?engine=chatgpt`);
    expect(await page.getByRole('article').count()).toBeGreaterThan(1);
  });

  it('shows the entity page: mention rate, share of voice and the sources engines cite', async () => {
    await page.goto(`${base}/entities`);
    await page.getByRole('link', { name: 'B2B Growth Co', exact: true }).click();
    await page.waitForURL(new RegExp(`${base}/entities/[0-9a-f-]{36}`));
    await page.getByText('Mention rate').first().waitFor();
    expect(await page.content()).toContain('b2bgrowthco.com/playbook');
    await screenshot(page, '22-entity');
  });
});

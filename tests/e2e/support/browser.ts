import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

// The browser tests drive the system's Chromium through playwright-core: no browser is ever
// downloaded. README: CHROMIUM_PATH points at another binary.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

export const baseUrl = (): string => inject('e2eBaseUrl');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** A fresh context (its own cookies: one signed-in person) aimed at the test server. */
export async function newSession(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: baseUrl(), viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  context.setDefaultTimeout(15_000);
  context.setDefaultNavigationTimeout(30_000);
  const page = await context.newPage();
  return { context, page };
}

/** Addresses no other run (or earlier run against the same database) has used. */
export function uniqueEmail(who: string): string {
  return `${who}-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}@e2e.example.com`;
}

export interface Person {
  name: string;
  email: string;
  password: string;
}

/** Fills and submits the sign-up form on the current page (navigates to /sign-up if elsewhere). */
export async function signUp(page: Page, person: Person): Promise<void> {
  if (new URL(page.url(), baseUrl()).pathname !== '/sign-up') await page.goto('/sign-up');
  const form = page.getByRole('form', { name: 'Create account' });
  await form.getByLabel('Your name').fill(person.name);
  await form.getByLabel('Email').fill(person.email);
  await form.getByLabel('Password').fill(person.password);
  await form.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL((url) => url.pathname !== '/sign-up');
}

/** Fills and submits the sign-in form on the current page (navigates to /sign-in if elsewhere). */
export async function fillSignIn(page: Page, credentials: { email: string; password: string }): Promise<void> {
  if (new URL(page.url(), baseUrl()).pathname !== '/sign-in') await page.goto('/sign-in');
  const form = page.getByRole('form', { name: 'Sign in' });
  await form.getByLabel('Email').fill(credentials.email);
  await form.getByLabel('Password').fill(credentials.password);
  await form.getByRole('button', { name: 'Sign in' }).click();
}

export async function signOut(page: Page, person: { name: string; email: string }): Promise<void> {
  await page.locator('summary', { hasText: person.name || person.email }).filter({ hasText: 'Account menu for' }).click();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL((url) => url.pathname === '/sign-in');
}

/** The workspace slug of a /w/<slug>/… URL. */
export function workspaceSlug(url: string): string {
  const match = /^\/w\/([^/?#]+)/.exec(new URL(url).pathname);
  if (!match?.[1]) throw new Error(`not a workspace URL: ${url}`);
  return match[1];
}

/** Saves a full-page screenshot under test-results/e2e/ (ignored by git) and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const dir = path.resolve(import.meta.dirname, '../../../test-results/e2e');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** axe-core's serious and critical violations on the current page, one line each (what, where). */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const found = await page.evaluate(async () => {
    type Result = { violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<Result> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  return found.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact} ${v.id}: ${v.help} (${v.targets.join('; ')})`);
}

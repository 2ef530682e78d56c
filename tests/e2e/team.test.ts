import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, fillSignIn, launchBrowser, newSession, screenshot, signOut, signUp, uniqueEmail, workspaceSlug, type Person } from './support/browser';

// One team's first day, in order: each test builds on the state the previous one left.
// The owner and the invited viewer each have a browser context (own cookies) of their own.

const owner: Person = { name: 'Olivia Owner', email: uniqueEmail('owner'), password: 'owner-password-1' };
const viewer: Person = { name: 'Victor Viewer', email: uniqueEmail('viewer'), password: 'viewer-password-1' };
const secondWorkspaceName = `Second lab ${Date.now().toString(36)}`;

let browser: Browser;
let ownerSession: { context: BrowserContext; page: Page };
let viewerSession: { context: BrowserContext; page: Page };
let firstSlug: string;
let firstName: string;
let invitationLink: string;

/** The text of the page's main heading (the first h1 in the page's main area). */
const heading = (page: Page) => page.getByRole('heading', { level: 1 }).first();

/** Opens the workspace switcher and returns the names of the workspaces it lists. */
async function switcherWorkspaces(page: Page): Promise<string[]> {
  const switcher = page.locator('details', { has: page.locator('summary', { hasText: 'Current workspace:' }) });
  await switcher.locator('summary').click();
  const links = switcher.locator('ul a');
  await links.first().waitFor();
  return (await links.locator('span.truncate').allTextContents()).map((t) => t.trim());
}

beforeAll(async () => {
  browser = await launchBrowser();
  ownerSession = await newSession(browser);
  viewerSession = await newSession(browser);
});

afterAll(async () => {
  await browser?.close();
});

describe('a team gets started', () => {
  it('a new user signs up and lands in a first workspace with nothing measured yet', async () => {
    const { page } = ownerSession;
    await page.goto('/sign-up');
    await signUp(page, owner);
    await page.waitForURL(/\/w\/[^/]+$/);
    firstSlug = workspaceSlug(page.url());
    await page.getByRole('heading', { name: 'Nothing measured yet' }).waitFor();
    firstName = (await heading(page).textContent())!.trim();
    expect(firstName).toBe(`${owner.name}’s workspace`);
    expect(await page.getByText('You are').first().textContent()).toContain('owner');
    await screenshot(page, '01-first-workspace');
  });

  it('the owner creates a second workspace and the workspace switcher lists both', async () => {
    const { page } = ownerSession;
    await page.goto('/workspaces/new');
    await page.getByLabel('Workspace name').fill(secondWorkspaceName);
    await page.getByRole('button', { name: 'Create workspace' }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/w/') && !url.pathname.startsWith(`/w/${firstSlug}`));
    const secondSlug = workspaceSlug(page.url());
    expect(secondSlug).not.toBe(firstSlug);
    expect((await heading(page).textContent())!.trim()).toBe(secondWorkspaceName);

    const listed = await switcherWorkspaces(page);
    expect(listed).toHaveLength(2);
    expect(listed).toEqual(expect.arrayContaining([firstName, secondWorkspaceName]));

    // Switching back goes through the same menu.
    await page.getByRole('link', { name: firstName }).click();
    await page.waitForURL(`**/w/${firstSlug}`);
    expect((await heading(page).textContent())!.trim()).toBe(firstName);
  });

  it('the owner invites a viewer and gets a link to copy', async () => {
    const { page } = ownerSession;
    await page.goto(`/w/${firstSlug}/settings/members`);
    const form = page.getByRole('form', { name: 'Invite someone' });
    await form.getByLabel('Role').selectOption('viewer');
    await form.getByRole('button', { name: 'Create invitation' }).click();
    const field = page.getByLabel('Invitation link');
    await field.waitFor();
    invitationLink = await field.inputValue();
    expect(invitationLink).toMatch(new RegExp(`^${baseUrl()}/invite/[^/?#]+$`));
    // The pending invitation is listed for anyone with the link, as a viewer.
    const pending = page.getByRole('table', { name: 'Pending invitations' });
    await pending.waitFor();
    expect(await pending.textContent()).toContain('anyone with the link');
    expect(await pending.textContent()).toContain('viewer');
  });

  it('a second person signs up through the invitation link and joins as a viewer', async () => {
    const { page } = viewerSession;
    const invitePath = new URL(invitationLink).pathname;

    // Signed out, the invitation sends them to sign in and remembers where they were going.
    await page.goto(invitationLink);
    await page.waitForURL((url) => url.pathname === '/sign-in');
    expect(new URL(page.url()).searchParams.get('callbackUrl')).toBe(invitePath);

    // "Create an account" keeps that return path.
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.waitForURL((url) => url.pathname === '/sign-up');
    expect(new URL(page.url()).searchParams.get('callbackUrl')).toBe(invitePath);

    await signUp(page, viewer);
    await page.waitForURL((url) => url.pathname === invitePath);
    expect((await heading(page).textContent())!.trim()).toBe(`Join ${firstName}`);
    const text = await page.locator('main').textContent();
    expect(text).toContain('You are invited as viewer');
    expect(text).toContain(`signed in as ${viewer.email}`);
    await screenshot(page, '02-invitation');

    await page.getByRole('button', { name: 'Accept invitation' }).click();
    await page.waitForURL(`**/w/${firstSlug}`);
    expect((await heading(page).textContent())!.trim()).toBe(firstName);
    await page.getByRole('heading', { name: 'Nothing measured yet' }).waitFor();
    expect(await page.getByText('You are').first().textContent()).toMatch(/You are\s*viewer\s*here · 2 members/);
  });

  it('the viewer sees no Settings link and gets the 403 page for settings', async () => {
    const { page } = viewerSession;
    const nav = page.getByRole('navigation', { name: 'Workspace' });
    await nav.getByRole('link', { name: 'Dashboard' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Settings' }).count()).toBe(0);
    // The invite step is for those who may invite.
    expect(await page.getByRole('link', { name: /Invite members/ }).count()).toBe(0);

    const response = await page.goto(`/w/${firstSlug}/settings`);
    expect(response?.status()).toBe(403);
    expect((await page.getByRole('heading', { name: 'Your role does not open this page' }).count())).toBe(1);
    await screenshot(page, '03-forbidden');

    const members = await page.goto(`/w/${firstSlug}/settings/members`);
    expect(members?.status()).toBe(403);
  });

  it('the same invitation link used again says it has already been used', async () => {
    const { page } = viewerSession;
    await page.goto(invitationLink);
    await page.getByText('already been used').waitFor();
    expect(await page.getByRole('button', { name: 'Accept invitation' }).count()).toBe(0);
  });

  it('the owner sees the new member in the members list and the join in the audit log', async () => {
    const { page } = ownerSession;
    await page.goto(`/w/${firstSlug}/settings/members`);
    const members = page.getByRole('table', { name: 'Members of this workspace' });
    const row = members.getByRole('row').filter({ hasText: viewer.email });
    await row.waitFor();
    expect(await row.textContent()).toContain(viewer.name);
    expect(await row.getByRole('combobox', { name: `Role of ${viewer.email}` }).inputValue()).toBe('viewer');
    expect(await page.getByText('No pending invitations.').count()).toBe(1);

    await page.goto(`/w/${firstSlug}/settings/audit`);
    const events = page.getByRole('table', { name: 'Audit events' });
    await events.waitFor();
    const joined = events.getByRole('row').filter({ hasText: `${viewer.email} joined as viewer` });
    expect(await joined.count()).toBe(1);
    expect(await joined.textContent()).toContain(viewer.email); // who: the person who joined
    expect(await events.getByRole('row').filter({ hasText: 'Invited anyone with the link as viewer' }).count()).toBe(1);
    await screenshot(page, '04-audit-log');
  });

  it('a wrong password on sign-in shows an inline error and keeps the person on the sign-in page', async () => {
    const { context, page } = await newSession(browser);
    try {
      await page.goto('/sign-in');
      await fillSignIn(page, { email: owner.email, password: 'not-the-password' });
      const alert = page.getByRole('form', { name: 'Sign in' }).getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toContain('That email and password do not match an account.');
      expect(new URL(page.url()).pathname).toBe('/sign-in');
      // What was typed survives the error: only the password needs fixing.
      expect(await page.getByLabel('Email').inputValue()).toBe(owner.email);

      // The right password still works afterwards.
      await fillSignIn(page, owner);
      await page.waitForURL((url) => url.pathname.startsWith('/w/'));
    } finally {
      await context.close();
    }
  });

  it('signing out returns to sign-in and the workspace then asks to sign in again', async () => {
    const { page } = ownerSession;
    await page.goto(`/w/${firstSlug}`);
    await signOut(page, owner);
    expect(new URL(page.url()).pathname).toBe('/sign-in');

    await page.goto(`/w/${firstSlug}`);
    await page.waitForURL((url) => url.pathname === '/sign-in');
    expect(new URL(page.url()).searchParams.get('callbackUrl')).toBe(`/w/${firstSlug}`);
    await page.getByRole('form', { name: 'Sign in' }).waitFor();
  });

  it('a signed-out visitor who opens a deep link is brought back to that page after signing in', async () => {
    const { page } = ownerSession;
    const deepLink = `/w/${firstSlug}/settings/members`;
    await page.goto(deepLink);
    await page.waitForURL((url) => url.pathname === '/sign-in');
    await fillSignIn(page, owner);
    await page.waitForURL((url) => url.pathname === deepLink);
    await page.getByRole('table', { name: 'Members of this workspace' }).waitFor();
  });
});

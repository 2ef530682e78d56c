import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetEnvCache } from '@/lib/env';
import { canSendEmail, sendInvitationEmail } from '@/lib/mail';
import { startSmtpSink } from '../support/smtp-sink';

describe('invitation emails', () => {
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  beforeAll(async () => {
    sink = await startSmtpSink();
  });
  afterAll(async () => {
    delete process.env.SMTP_URL;
    resetEnvCache();
    await sink.close();
  });

  it('are not sent, and the app offers the link instead, when SMTP is not configured', async () => {
    delete process.env.SMTP_URL;
    resetEnvCache();
    expect(canSendEmail()).toBe(false);
    expect(await sendInvitationEmail({ to: 'a@example.com', link: 'http://x/invite/inv_1', workspaceName: 'Acme', invitedBy: 'b@example.com', role: 'viewer' })).toBe(false);
    expect(sink.messages).toHaveLength(0);
  });

  it('go out through the configured SMTP server with the link, the workspace and the role', async () => {
    process.env.SMTP_URL = sink.url;
    resetEnvCache();
    expect(canSendEmail()).toBe(true);
    const sent = await sendInvitationEmail({
      to: 'new.member@example.com',
      link: 'http://localhost:3000/invite/inv_abc',
      workspaceName: 'Acme',
      invitedBy: 'owner@example.com',
      role: 'editor',
    });
    expect(sent).toBe(true);
    expect(sink.messages).toHaveLength(1);
    const message = decodeQuotedPrintable(sink.messages[0]!);
    expect(message).toMatch(/^To: new\.member@example\.com/m);
    expect(message).toContain('http://localhost:3000/invite/inv_abc');
    expect(message).toContain('join the workspace “Acme” on Optlens as editor');
  });
});

/** Mail bodies travel quoted-printable: undo the soft line breaks and =XX escapes. */
function decodeQuotedPrintable(text: string): string {
  const bytes = text.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

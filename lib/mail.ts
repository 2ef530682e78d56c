import 'server-only';
import { env } from '@/lib/env';

/** True when SMTP is configured; otherwise the UI shows invitation links to copy instead. */
export const canSendEmail = () => Boolean(env().SMTP_URL);

export async function sendInvitationEmail(input: { to: string; link: string; workspaceName: string; invitedBy: string; role: string }) {
  const { SMTP_URL, SMTP_FROM } = env();
  if (!SMTP_URL) return false;
  const { createTransport } = await import('nodemailer');
  const transport = createTransport(SMTP_URL);
  await transport.sendMail({
    from: SMTP_FROM,
    to: input.to,
    subject: `${input.invitedBy} invited you to ${input.workspaceName} on Optlens`,
    text:
      `${input.invitedBy} invited you to join the workspace “${input.workspaceName}” on Optlens as ${input.role}.\n\n` +
      `Accept the invitation: ${input.link}\n\nThe link works once and expires in 7 days.`,
  });
  return true;
}

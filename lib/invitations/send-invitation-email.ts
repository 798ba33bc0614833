import "server-only";
import nodemailer from "nodemailer";
import { env } from "@/lib/env";
import type { Role } from "@/lib/generated/prisma/enums";

interface InvitationEmail {
  to: string;
  url: string;
  workspaceName: string;
  inviterName: string;
  role: Role;
}

/**
 * Mails an invitation when SMTP_URL and SMTP_FROM are set; returns whether it was sent. A failure
 * is logged without the message (it holds the link's token) and the owner still gets the link.
 */
export async function sendInvitationEmail(mail: InvitationEmail): Promise<boolean> {
  const { SMTP_URL, SMTP_FROM } = env();
  if (!SMTP_URL || !SMTP_FROM) return false;
  const text = [
    `${mail.inviterName} invited you to join ${mail.workspaceName} on Factdesk as ${mail.role}.`,
    "",
    `Accept the invitation: ${mail.url}`,
    "",
    "The link works once and expires in 14 days. If you did not expect it, ignore this email.",
  ].join("\n");
  try {
    await nodemailer.createTransport(SMTP_URL).sendMail({
      from: SMTP_FROM,
      to: mail.to,
      subject: `Join ${mail.workspaceName} on Factdesk`,
      text,
    });
    return true;
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    console.error("[invitations] sending the invitation email failed", typeof code === "string" ? code : "unknown error");
    return false;
  }
}

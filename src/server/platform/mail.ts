import nodemailer from 'nodemailer';
import type { Config } from './config';
import { platformMessages as pm } from './platform.messages';

export interface MailMessage {
  to: string | string[];
  subject: string;
  text: string;
  html?: string;
}

export interface Mailer {
  /** False when SMTP_URL is not set: `send` then throws. */
  enabled: boolean;
  send(message: MailMessage): Promise<{ messageId: string }>;
  /** Closes pooled connections (an `smtp://...?pool=true` URL); harmless otherwise. */
  close(): void;
}

/** A mailer over SMTP_URL (nodemailer's URL form, e.g. `smtps://user:pass@mail.example.vn:465`), from MAIL_FROM. */
export function createMailer(config: Pick<Config, 'smtpUrl' | 'mailFrom'>): Mailer {
  if (!config.smtpUrl) {
    return {
      enabled: false,
      send: () => Promise.reject(new Error(pm.smtpNotConfigured)),
      close: () => {},
    };
  }
  const transport = nodemailer.createTransport(config.smtpUrl);
  return {
    enabled: true,
    async send({ to, subject, text, html }) {
      // nodemailer writes UTF-8 throughout: RFC 2047 words for the subject, quoted-printable or base64 bodies.
      const info = await transport.sendMail({ from: config.mailFrom, to, subject, text, html });
      return { messageId: info.messageId };
    },
    close: () => transport.close(),
  };
}

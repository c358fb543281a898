import { createHmac } from 'node:crypto';
import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@dondoc/config';
import { createTransport, type Transporter } from 'nodemailer';

/** HMAC-SHA256 over `${timestamp}.${body}`, hex, as the X-DonDoc-Signature header carries it (`sha256=<hex>`). */
export function webhookSignature(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex')}`;
}

/** E-mail over SMTP (host, port, TLS, sender from configuration); one pooled transport per process. */
@Injectable()
export class MailSender implements OnApplicationShutdown {
  private transport?: Transporter;

  constructor(@Inject(AppConfig) private readonly config: AppConfig) {}

  async send(message: { to: string; subject: string; text: string; html: string; headers: Record<string, string> }) {
    const { smtp, from } = this.config.delivery;
    this.transport ??= createTransport({
      host: smtp.host,
      port: smtp.port,
      secure: smtp.secure,
      ignoreTLS: !smtp.secure && (smtp.host === '127.0.0.1' || smtp.host === 'localhost'),
      auth: smtp.user ? { user: smtp.user, pass: smtp.password ?? '' } : undefined,
      pool: true,
      maxConnections: this.config.delivery.smtpMaxConnections,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
    await this.transport.sendMail({ from, ...message });
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}

/** A signed JSON POST; anything but 2xx is a failure to retry. */
@Injectable()
export class WebhookSender {
  constructor(@Inject(AppConfig) private readonly config: AppConfig) {}

  async send(url: string, secret: string, deliveryId: string, body: string): Promise<void> {
    const timestamp = String(Math.floor(Date.now() / 1000));
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'user-agent': 'DonDoc-Webhook/1',
        'x-dondoc-delivery': deliveryId,
        'x-dondoc-timestamp': timestamp,
        'x-dondoc-signature': webhookSignature(secret, timestamp, body),
      },
      body,
      signal: AbortSignal.timeout(this.config.delivery.webhookTimeoutMs),
    });
    await response.body?.cancel();
    if (!response.ok) throw new Error(`HTTP ${response.status} from ${new URL(url).host}`);
  }
}

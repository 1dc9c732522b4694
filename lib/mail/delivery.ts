import 'server-only';
import { after } from 'next/server';
import { getDatabase } from '@/lib/database';
import { env } from '@/lib/env';
import { deliverDueMail, type MailTransport } from './deliver';
import { transportFor } from './transport-for';
import { describeError } from '@/lib/log';

let cached: MailTransport | undefined;

/** This deployment's transport, made once per instance (the Resend client inside it is made on first send). */
export function currentTransport(): MailTransport {
  cached ??= transportFor(env());
  return cached;
}

async function deliverNow(): Promise<void> {
  try {
    await deliverDueMail(await getDatabase(), currentTransport());
  } catch (error) {
    console.error('mail delivery after response failed:', describeError(error));
  }
}

/** Delivers due mail once the response has been sent, so the person never waits for the mail provider. */
export function deliverMailAfterResponse(): void {
  after(deliverNow);
}

/**
 * Writes mail after the response, then delivers it: for answers that must not reveal, not even by their timing,
 * whether a mail was written (resend and reset forms answer every address alike).
 */
export function writeMailAfterResponse(job: () => Promise<unknown>, name: string): void {
  after(async () => {
    try {
      await job();
    } catch (error) {
      console.error(`${name} after response failed:`, describeError(error));
      return;
    }
    await deliverNow();
  });
}

import type { Messages } from 'next-intl';

export type ValidationKey = keyof Messages['Validation'];

/**
 * zod messages are i18n keys (with values when the text needs them), so the same schema yields German errors
 * on a German page and English ones on an English page, in the browser and on the server alike.
 */
export function vm(key: ValidationKey, values?: Record<string, string | number>): string {
  return values ? JSON.stringify({ key, values }) : key;
}

export type DecodedMessage = { key: ValidationKey; values?: Record<string, string | number> };

export function decodeMessage(message: string): DecodedMessage {
  if (message.startsWith('{')) {
    try {
      return JSON.parse(message) as DecodedMessage;
    } catch {
      // fall through: not one of ours
    }
  }
  return { key: message as ValidationKey };
}

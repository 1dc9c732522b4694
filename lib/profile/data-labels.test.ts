import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { tokenPurposeEnum } from '@/db/schema';
import { mailTemplates } from '@/lib/mail/templates';
import de from '@/messages/de.json';
import en from '@/messages/en.json';

// "Meine Daten" names every mail and link in words; a new template or purpose without a label would show its code.
describe.each([
  ['de', de],
  ['en', en],
] as const)('the labels of "Meine Daten" in %s', (locale, messages) => {
  const label = (message: string, values: Record<string, string>) => String(new IntlMessageFormat(message, locale).format(values));

  it.each(Object.keys(mailTemplates))('name the mail template %s', (template) => {
    // ICU select keys take no hyphen: the page asks with underscores.
    const key = template.replaceAll('-', '_');
    expect(label(messages.ProfileData.template, { template: key })).not.toBe(key);
  });

  it.each(tokenPurposeEnum.enumValues)('name the link purpose %s', (purpose) => {
    expect(label(messages.ProfileData.purpose, { purpose })).not.toBe(purpose);
  });
});

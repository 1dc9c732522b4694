import { describe, expect, it } from 'vitest';
import { linksIn } from './links';
import { renderMail } from './render';

describe('password reset mail', () => {
  const url = 'http://portal.test/passwort-zuruecksetzen?token=abc&x=1';

  it.each([
    ['de', 'Neues Passwort für „Mein ias“ festlegen', 'Hallo Erika,', '1 Stunde gültig', 'Neues Passwort festlegen', 'Fragen?'],
    ['en', 'Set a new password for “Mein ias”', 'Hello Erika,', 'valid for 1 hour', 'Set a new password', 'questions?'],
  ] as const)('in %s: greets by first name, links the reset, says how long it holds, and names the contact', async (locale, subject, greeting, validity, button, contact) => {
    const mail = await renderMail('password-reset', locale, { firstName: 'Erika', url, validMinutes: 60 });
    expect(mail.subject).toBe(subject);
    expect(mail.html).toContain(`lang="${locale}"`);
    expect(linksIn(mail.html)).toEqual([url]);
    expect(mail.html).toContain(button);
    for (const part of [mail.html, mail.text]) {
      expect(part).toContain(greeting);
      expect(part).toContain(validity);
      expect(part).toContain('meinias@ias-gruppe.de');
    }
    expect(mail.text).toContain(contact);
    expect(mail.text).toContain(url);
    expect(mail.text).not.toMatch(/<[a-z]/i);
  });

  it('states the validity the link really has', async () => {
    const mail = await renderMail('password-reset', 'de', { firstName: 'Erika', url, validMinutes: 30 });
    expect(mail.text).toContain('Der Link ist 30 Minuten gültig');
  });
});

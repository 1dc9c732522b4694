import { describe, expect, it } from 'vitest';
import { consentsUrl, linksIn } from './links';
import { renderMail } from './render';

describe('password reset mail', () => {
  const url = 'http://portal.test/passwort-zuruecksetzen?token=abc&x=1';
  const consentsUrl = 'http://portal.test/profil/einwilligungen';

  it.each([
    ['de', 'Neues Passwort für „Mein ias“ festlegen', 'Hallo Erika,', '1 Stunde gültig', 'Neues Passwort festlegen', 'Fragen?'],
    ['en', 'Set a new password for “Mein ias”', 'Hello Erika,', 'valid for 1 hour', 'Set a new password', 'questions?'],
  ] as const)('in %s: greets by first name, links the reset, says how long it holds, and names the contact', async (locale, subject, greeting, validity, button, contact) => {
    const mail = await renderMail('password-reset', locale, { firstName: 'Erika', url, validMinutes: 60, consentsUrl });
    expect(mail.subject).toBe(subject);
    expect(mail.html).toContain(`lang="${locale}"`);
    expect(linksIn(mail.html)).toEqual([url, consentsUrl]);
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
    const mail = await renderMail('password-reset', 'de', { firstName: 'Erika', url, validMinutes: 30, consentsUrl });
    expect(mail.text).toContain('Der Link ist 30 Minuten gültig');
  });
});

describe('the footer of every mail', () => {
  it.each([
    ['de', 'http://portal.test/profil/einwilligungen', 'Ihre Einwilligungen'],
    ['en', 'http://portal.test/en/profil/einwilligungen', 'your consents'],
  ] as const)('in %s: mail to a person with a profile links to their consents', async (locale, consents, text) => {
    const mail = await renderMail('already-registered', locale, {
      firstName: 'Erika',
      signInUrl: 'http://portal.test/anmelden',
      resetUrl: 'http://portal.test/passwort-vergessen',
      consentsUrl: consentsUrl('http://portal.test', locale),
    });
    expect(linksIn(mail.html)).toContain(consents);
    expect(mail.text).toContain(text);
    expect(mail.text).toContain(consents);
  });

  it('mail to an address nobody has confirmed has no such link (there is no profile behind it yet)', async () => {
    const mail = await renderMail('confirm-email', 'de', { confirmUrl: 'http://portal.test/bestaetigen?token=abc', validDays: 7 });
    expect(linksIn(mail.html)).toEqual(['http://portal.test/bestaetigen?token=abc']);
    expect(mail.text).not.toContain('Einwilligungen');
  });
});

import { type APIRequestContext, expect, type Page } from '@playwright/test';
import { hiddenInputsOfForm } from './no-js-client';
import type { Mailbox } from './fixtures';
import { confirmationLink, GOOD_PASSWORD, type Person } from './registration';

/**
 * Sets people up through the forms' own posts, the way a browser without JavaScript sends them, for specs whose
 * subject is what comes after the registration (profile, console, reset…). registration.spec.ts and dialog.spec.ts
 * walk the steps in the browser; here the same server actions run, only without rendering each step in Chromium,
 * which was most of the suite's time. `page.request` shares the page's cookies, so the page is signed in after.
 */
type Answers = { office: 'Ja' | 'Nein'; leader: 'Ja' | 'Nein'; language?: 'Deutsch' | 'English' };

const yesNo = (answer: 'Ja' | 'Nein') => (answer === 'Ja' ? 'yes' : 'no');

/**
 * Loads `path`, fills the form that holds the first of `fields` (or the page's only action form) and posts it,
 * with the Origin a browser sends (the server under test: playwright.config.ts's baseURL).
 */
async function submitForm(request: APIRequestContext, path: string, fields: Record<string, string>) {
  const page = await request.get(path);
  expect(page.status(), `GET ${path}`).toBe(200);
  const form = new FormData();
  for (const [name, value] of hiddenInputsOfForm(await page.text(), Object.keys(fields)[0])) form.append(name, value);
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  const answer = await request.post(path, { multipart: form, headers: { origin: new URL(process.env.BASE_URL!).origin }, maxRedirects: 0 });
  expect(answer.status(), `POST ${path} redirects onward (a 200 is the form again, with an error)`).toBe(303);
  return answer.headers()['location'] ?? '';
}

/** The three steps and "Akzeptieren" in German; ends with the attempt stored and its mail written. */
export async function registerByRequest(page: Page, person: Person, answers: Answers = { office: 'Ja', leader: 'Nein' }) {
  const request = page.request;
  await submitForm(request, '/registrieren', { firstName: person.firstName, lastName: person.lastName, email: person.email, password: person.password ?? GOOD_PASSWORD });
  const language = answers.language === 'English' ? 'en' : answers.language === 'Deutsch' ? 'de' : '';
  await submitForm(request, '/registrieren/angaben', { officeWorkplace: yesNo(answers.office), disciplinaryReports: yesNo(answers.leader), language });
  const done = await submitForm(request, '/registrieren/datenschutz', { termsOfUse: 'on' });
  expect(done, 'the consent step ends on the success page').toContain('/registrieren/erfolgreich');
}

/** Registers, then opens the mailed link and presses its button (two requests, as the link page's own form does). */
export async function registerAndConfirm(page: Page, mailbox: Mailbox, person: Person, answers?: Answers) {
  await registerByRequest(page, person, answers);
  const link = new URL(confirmationLink((await mailbox.latest(person.email)).links));
  const opened = await page.request.get(link.pathname + link.search, { maxRedirects: 0 });
  const confirmPage = opened.headers()['location'];
  expect(confirmPage, 'the link moves its token into a cookie and shows the confirmation page').toBeTruthy();
  const done = await submitForm(page.request, new URL(confirmPage!, link).pathname, {});
  expect(done, 'the button confirms the address').toContain('/bestaetigt');
}

/** Registers, confirms and signs in by request, then opens the portal home in the page. */
export async function registerAndSignIn(page: Page, mailbox: Mailbox, person: Person, answers?: Answers) {
  await registerAndConfirm(page, mailbox, person, answers);
  await submitForm(page.request, '/anmelden', { email: person.email, password: person.password ?? GOOD_PASSWORD });
  await page.goto('/');
  await expect(page.getByRole('link', { name: /^(Angemeldet als|Signed in as) / })).toBeVisible();
}

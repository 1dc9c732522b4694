import AxeBuilder from '@axe-core/playwright';
import { type APIRequestContext, test as base, expect, type Page } from '@playwright/test';
import { randomBytes } from 'node:crypto';

export type CapturedMail = {
  id: string;
  to: string;
  subject: string;
  status: string;
  text: string;
  html: string;
  links: string[];
};

/** Reads the built-in mailbox's JSON view (/dev/mailbox.json) of the server under test. */
export class Mailbox {
  constructor(private readonly request: APIRequestContext) {}

  async list(to: string): Promise<CapturedMail[]> {
    const response = await this.request.get(`/dev/mailbox.json?to=${encodeURIComponent(to)}&limit=100`);
    expect(response.ok(), 'the dev mailbox is reachable (MAIL_TRANSPORT=mailbox, and MAILBOX_SECRET exported for a deployed preview)').toBe(true);
    return ((await response.json()) as { mails: CapturedMail[] }).mails;
  }

  /** Waits for the newest mail to `to` (optionally with a subject containing `subject`) and returns it. */
  async latest(to: string, subject?: string): Promise<CapturedMail> {
    let found: CapturedMail | undefined;
    await expect
      .poll(
        async () => {
          found = (await this.list(to)).find((mail) => !subject || mail.subject.includes(subject));
          return found;
        },
        { message: `a mail to ${to}${subject ? ` about "${subject}"` : ''}`, timeout: 15_000 },
      )
      .toBeTruthy();
    return found!;
  }
}

export type RecordCounts = { registrations: number; users: number; consents: number; emailTokens: number; mails: number };

/** Rows the server under test holds about one address (/dev/records.json; only where the dev mailbox is on). */
export async function recordsFor(request: APIRequestContext, email: string): Promise<RecordCounts> {
  const response = await request.get(`/dev/records.json?email=${encodeURIComponent(email)}`);
  expect(response.ok(), 'the dev records view is reachable').toBe(true);
  return (await response.json()) as RecordCounts;
}

export type AxeOptions = {
  /** Parts checked elsewhere, e.g. the frame that shows a captured mail. */
  exclude?: string[];
  /** WCAG 2.2 AA always; best practice (landmarks, headings) for pages, not for mail documents. */
  bestPractice?: boolean;
};

export async function expectNoAxeViolations(page: Page, url: string, options: AxeOptions = {}): Promise<void> {
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
  let builder = new AxeBuilder({ page }).withTags(options.bestPractice === false ? tags : [...tags, 'best-practice']);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  const results = await builder.analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, `axe violations on ${url}`).toEqual([]);
}

type Fixtures = {
  mailbox: Mailbox;
  /** A fresh address nobody has used, at a demo company's domain by default. */
  uniqueEmail: (domain?: string) => string;
  expectAccessible: (page: Page, options?: AxeOptions) => Promise<void>;
};

export const test = base.extend<Fixtures>({
  mailbox: async ({ request }, use) => {
    await use(new Mailbox(request));
  },
  /**
   * Each test is a client of its own, the way people behind a trusted proxy look to a server started with
   * TRUSTED_PROXY_HOPS=1 (as the local one is): per-IP limits count every test apart. A server that trusts no
   * proxy (or Vercel) ignores the header, and every test is the runner's IP again.
   */
  extraHTTPHeaders: async ({ extraHTTPHeaders }, use) => {
    const [a, b, c] = randomBytes(3);
    await use({ ...extraHTTPHeaders, 'X-Forwarded-For': `10.${a}.${b}.${c}` });
  },
  uniqueEmail: async ({}, use, testInfo) => {
    await use((domain = 'example.com') => `qa-${testInfo.project.name}-${randomBytes(5).toString('hex')}@${domain}`);
  },
  expectAccessible: async ({ browser, javaScriptEnabled }, use) => {
    await use(async (page: Page, options?: AxeOptions) => {
      if (javaScriptEnabled) {
        await expectNoAxeViolations(page, page.url(), options);
        return;
      }
      // axe needs timers, which do not run where JavaScript is off. Check the very same server-rendered document
      // in a second page that runs axe but none of the app's scripts, so nothing hydrates or changes it.
      const url = page.url();
      const html = await page.content();
      // Contexts made in a test inherit the project's options: switch JavaScript back on explicitly.
      const context = await browser.newContext({ javaScriptEnabled: true });
      try {
        const copy = await context.newPage();
        await copy.route('**/_next/static/**/*.js', (route) => route.abort());
        await copy.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: html }));
        await copy.goto(url);
        await expectNoAxeViolations(copy, url, options);
      } finally {
        await context.close();
      }
    });
  },
});

export { expect };

import { expect, type Page } from '@playwright/test';
import { signIn } from './sign-in';

/**
 * The suite's operator: the local server makes it at start-up from E2E_OPERATOR_EMAIL (global-setup.ts; lib/env.ts
 * allows that only on a test server). Against a deployment, export the address and password of an operator there.
 */
export const operator = {
  email: process.env.E2E_OPERATOR_EMAIL ?? '',
  password: process.env.E2E_OPERATOR_PASSWORD ?? '',
};

export const hasOperator = () => Boolean(operator.email && operator.password);

/** Signs the operator in on the sign-in page of the language and waits for the portal's start page. */
export async function signInAsOperator(page: Page, language: 'de' | 'en') {
  await page.goto(language === 'de' ? '/anmelden' : '/en/anmelden');
  await signIn(page, operator.email, operator.password, language);
  await expect(page.getByRole('link', { name: language === 'de' ? 'Verwaltung' : 'Console', exact: true })).toBeVisible();
}

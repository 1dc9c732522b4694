import type { NoJsClient, Timed } from './no-js-client';

export type Registrant = { firstName: string; lastName: string; email: string; password: string };

function expectRedirect(answer: Timed, step: string): void {
  if (answer.status !== 303) throw new Error(`${step} answered ${answer.status}`);
}

/** Steps 1 and 2 of the German registration, as a browser without JavaScript makes them; returns step 3's page. */
export async function registerUpToTerms(client: NoJsClient, person: Registrant): Promise<Timed> {
  const one = await client.request('/registrieren');
  expectRedirect(await client.submit('/registrieren', one.body, { ...person }), 'step 1');
  const two = await client.request('/registrieren/angaben');
  expectRedirect(await client.submit('/registrieren/angaben', two.body, { officeWorkplace: 'yes', disciplinaryReports: 'no' }), 'step 2');
  return client.request('/registrieren/datenschutz');
}

/** "Akzeptieren" on step 3's page (the terms of use ticked); the redirect it answers with is not followed. */
export function acceptTerms(client: NoJsClient, termsPage: Timed): Promise<Timed> {
  return client.submit('/registrieren/datenschutz', termsPage.body, { termsOfUse: 'on' });
}

/** One complete registration, 7 requests, ending with the success page (its answer returned). */
export async function registerWithoutJavaScript(client: NoJsClient, person: Registrant): Promise<Timed> {
  const terms = await registerUpToTerms(client, person);
  expectRedirect(await acceptTerms(client, terms), 'step 3');
  const done = await client.request('/registrieren/erfolgreich');
  if (done.status !== 200) throw new Error(`success page answered ${done.status}`);
  return done;
}

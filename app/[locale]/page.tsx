import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { redirectTo } from '@/i18n/redirect';
import { acceptedCurrentTerms, currentUser } from '@/lib/auth/session';
import { routes } from '@/lib/routes';
import { PortalHome } from './portal-home';

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<{ abgebrochen?: string; abgemeldet?: string; geloescht?: string }>;
};

export default async function HomePage({ params, searchParams }: Props) {
  const [{ locale }, { abgebrochen, abgemeldet, geloescht }] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const user = await currentUser();
  if (user) {
    // The portal home is the first signed-in page: the current terms of use come first (see requireSession).
    if (!(await acceptedCurrentTerms(user.id))) redirectTo(routes.acceptTerms, locale);
    return <PortalHome user={user} locale={locale} />;
  }
  const [t, tSessions, tDelete] = await Promise.all([getTranslations('Home'), getTranslations('ProfileSessions'), getTranslations('ProfileDelete')]);
  // Where a registration was cancelled, the person signed out everywhere or deleted their profile.
  const notice = abgebrochen ? t('cancelled') : geloescht ? tDelete('done') : abgemeldet ? tSessions('signedOutEverywhere') : undefined;
  const offers = [
    { title: t('offer1Title'), text: t('offer1Text') },
    { title: t('offer2Title'), text: t('offer2Text') },
    { title: t('offer3Title'), text: t('offer3Text') },
  ];
  return (
    <div className="flex flex-col gap-12">
      {notice ? (
        <p role="status" className="rounded-md border-l-8 border-brand-700 bg-brand-50 p-4 font-semibold">
          {notice}
        </p>
      ) : null}
      <section aria-labelledby="home-title" className="rounded-2xl bg-brand-50 p-6 sm:p-10">
        <h1 id="home-title" className="text-3xl font-bold text-brand-800 sm:text-4xl">
          {t('title')}
        </h1>
        <p className="mt-4 max-w-prose text-lg">{t('lead')}</p>
        <div className="mt-8 flex flex-wrap gap-4">
          <Link href={routes.register} className="button-primary">
            {t('register')}
          </Link>
          <Link href={routes.signIn} className="button-secondary">
            {t('signIn')}
          </Link>
        </div>
      </section>
      <section aria-labelledby="how-title">
        <h2 id="how-title" className="text-2xl font-bold">
          {t('howTitle')}
        </h2>
        <ol className="mt-4 list-decimal space-y-2 pl-6">
          <li>{t('step1')}</li>
          <li>{t('step2')}</li>
          <li>{t('step3')}</li>
        </ol>
      </section>
      <section aria-labelledby="offers-title">
        <h2 id="offers-title" className="text-2xl font-bold">
          {t('offersTitle')}
        </h2>
        <ul className="mt-4 grid gap-4 sm:grid-cols-3">
          {offers.map((offer) => (
            <li key={offer.title} className="rounded-xl border border-brand-100 p-5">
              <h3 className="text-lg font-semibold text-brand-800">{offer.title}</h3>
              <p className="mt-2">{offer.text}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

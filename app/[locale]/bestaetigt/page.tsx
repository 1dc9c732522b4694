import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { TextPage } from '../../_components/text-page';
import { routes } from '@/lib/routes';

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ ergebnis?: string }> };

const outcomes = {
  confirmed: { title: 'confirmedTitle', text: 'confirmedText', next: 'signIn' },
  already: { title: 'alreadyTitle', text: 'alreadyText', next: 'signIn' },
  replaced: { title: 'replacedTitle', text: 'replacedText', next: 'registerAgain' },
  expired: { title: 'expiredTitle', text: 'expiredText', next: 'registerAgain' },
  invalid: { title: 'invalidTitle', text: 'invalidText', next: 'registerAgain' },
  companyInactive: { title: 'companyInactiveTitle', text: 'companyInactiveText', next: 'home' },
} as const;

function outcomeOf(value: string | undefined) {
  return value && value in outcomes ? outcomes[value as keyof typeof outcomes] : outcomes.invalid;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ locale }, { ergebnis }] = await Promise.all([params, searchParams]);
  const t = await getTranslations({ locale, namespace: 'Confirm' });
  return { title: t(outcomeOf(ergebnis).title), robots: { index: false } };
}

export default async function ConfirmationResultPage({ params, searchParams }: Props) {
  const [{ locale }, { ergebnis }] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const [t, tResend] = await Promise.all([getTranslations('Confirm'), getTranslations('ResendConfirmation')]);
  const outcome = outcomeOf(ergebnis);
  return (
    <TextPage title={t(outcome.title)}>
      <p>{t(outcome.text)}</p>
      <div className="flex flex-wrap items-center gap-x-6 gap-y-4">
        <Link href={{ signIn: routes.signIn, registerAgain: routes.register, home: routes.home }[outcome.next]} className="button-primary">
          {t(outcome.next)}
        </Link>
        {/* A dead end for someone still unconfirmed: a fresh link may be all they need. */}
        {outcome.next === 'registerAgain' ? (
          <Link href={routes.resendConfirmation} className="font-semibold text-brand-700 underline">
            {tResend('title')}
          </Link>
        ) : null}
      </div>
    </TextPage>
  );
}

import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { currentUser } from '@/lib/auth/session';
import { safeReturnPath } from '@/lib/auth/return-path';
import { redirectTo } from '@/i18n/redirect';
import { SignInPanel } from './sign-in-panel';

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<{ weiter?: string | string[]; zurueckgesetzt?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'SignIn' });
  return { title: t('title') };
}

export default async function SignInPage({ params, searchParams }: Props) {
  const [{ locale }, { weiter, zurueckgesetzt }] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const next = typeof weiter === 'string' ? weiter : undefined;
  // Already signed in: straight on to where the person wanted to go.
  if (await currentUser()) redirectTo(safeReturnPath(next) ?? '/', locale);
  return (
    <SignInPanel next={next} notice={zurueckgesetzt ? 'passwordChanged' : next ? 'signInFirst' : undefined} />
  );
}

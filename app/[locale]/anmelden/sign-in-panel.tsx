import { getTranslations } from 'next-intl/server';
import { safeReturnPath } from '@/lib/auth/return-path';
import { DialogLink } from '../../_components/dialog/dialog-link';
import { SignInForm } from './sign-in-form';
import { routes } from '@/lib/routes';

type Props = {
  /** Where to go after signing in (a path on this site; anything else is ignored). */
  next?: string;
  /** A note above the form, e.g. after a new password was set. */
  notice?: 'passwordChanged' | 'signInFirst';
};

/** The whole sign-in mask: the page at /anmelden, and the same content in the dialog over the current page. */
export async function SignInPanel({ next, notice }: Props) {
  const t = await getTranslations('SignIn');
  return (
    <section aria-labelledby="sign-in-title" className="mx-auto max-w-xl">
      <h1 id="sign-in-title" className="text-2xl font-bold text-brand-800 sm:text-3xl">
        {t('title')}
      </h1>
      {notice ? (
        <p role="status" className="mt-4 rounded-md border-l-8 border-brand-700 bg-brand-50 p-4 font-semibold">
          {t(notice)}
        </p>
      ) : null}
      <div className="mt-6">
        <SignInForm next={safeReturnPath(next)} />
      </div>
      <p className="mt-8 border-t border-brand-100 pt-6">
        {t('noProfile')}{' '}
        <DialogLink href={routes.register} className="font-semibold underline">
          {t('register')}
        </DialogLink>
      </p>
    </section>
  );
}

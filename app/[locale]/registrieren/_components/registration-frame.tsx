import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';

/** The registration "dialog": title, the step the person is on, and the step's content. */
export async function RegistrationFrame({ step, children }: { step?: 1 | 2 | 3; children: ReactNode }) {
  const t = await getTranslations('Registration');
  return (
    <section aria-labelledby="registration-title" className="dialog-card mx-auto max-w-2xl rounded-2xl border border-brand-100 p-6 shadow-sm sm:p-10">
      <h1 id="registration-title" className="text-2xl font-bold text-brand-800 sm:text-3xl">
        {t('title')}
      </h1>
      {step ? <p className="mt-1 font-semibold text-muted">{t('step', { current: step, total: 3 })}</p> : null}
      <div className="mt-6">{children}</div>
    </section>
  );
}

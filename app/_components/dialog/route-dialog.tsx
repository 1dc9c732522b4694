'use client';

import { useTranslations } from 'next-intl';
import { usePathname, useRouter } from 'next/navigation';
import { type ReactNode, useEffect, useRef } from 'react';
import { InDialogContext } from './dialog-context';

/**
 * A page shown as a modal dialog over the current page (an intercepted route). Native <dialog>: the page below
 * is inert, focus stays inside, Escape closes. Closing goes back in history, which is the page below, because
 * every step inside the dialog replaces its history entry instead of adding one.
 */
export function RouteDialog({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  const t = useTranslations('Dialog');
  const router = useRouter();
  const ref = useRef<HTMLDialogElement>(null);

  const pathname = usePathname();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  // On opening and on every step, focus starts at the title: a screen reader hears where it is, and the next Tab
  // reaches the first field. (The step's old button is gone, so focus would otherwise fall to the document.)
  useEffect(() => {
    const title = document.getElementById(labelledBy);
    if (!title || !ref.current?.contains(title)) return;
    title.tabIndex = -1;
    title.focus();
  }, [labelledBy, pathname]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={labelledBy}
      className="route-dialog"
      onCancel={(event) => {
        event.preventDefault();
        router.back();
      }}
    >
      <div className="flex justify-end">
        <button type="button" className="button-close" onClick={() => router.back()}>
          <span aria-hidden="true">×</span>
          <span className="sr-only">{t('close')}</span>
        </button>
      </div>
      <InDialogContext value={true}>{children}</InDialogContext>
    </dialog>
  );
}

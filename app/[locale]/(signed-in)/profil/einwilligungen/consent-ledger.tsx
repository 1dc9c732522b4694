import { useTranslations } from 'next-intl';

export type LedgerRow = { id: number | string; what: string; status: string; when: string; version: string; language: string };

/** The ledger as a table, newest first; scrollable by keyboard on narrow screens. */
export function ConsentLedger({ rows }: { rows: LedgerRow[] }) {
  const t = useTranslations('ProfileConsents');
  return (
    // No name on the section: the scrolling table region below carries the heading's name, once.
    <section>
      <h2 id="ledger-title" className="mb-4 text-2xl font-bold">
        {t('ledgerTitle')}
      </h2>
      {rows.length === 0 ? (
        <p>{t('ledgerEmpty')}</p>
      ) : (
        <div tabIndex={0} role="region" aria-labelledby="ledger-title" className="overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <thead>
              <tr className="border-b-2 border-brand-700">
                {(['what', 'status', 'when', 'version', 'language'] as const).map((column) => (
                  <th key={column} scope="col" className="px-3 py-2 font-semibold">
                    {t(column)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className="border-b border-brand-100">
                  <th scope="row" className="px-3 py-2 font-normal">
                    {row.what}
                  </th>
                  <td className="px-3 py-2">{row.status}</td>
                  <td className="px-3 py-2">{row.when}</td>
                  <td className="px-3 py-2">{row.version}</td>
                  <td className="px-3 py-2">{row.language}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

import type { ReactNode } from 'react';

type Props = { id: string; title: string; note?: string; empty: string; columns: string[]; rows: { key: string; cells: ReactNode[] }[] };

/**
 * One part of "Meine Daten" as a titled table. A wide table scrolls on its own on a phone; its region (named like
 * the table, the only landmark of the part) takes the keyboard focus so it can be scrolled without a pointer.
 */
export function DataTable({ id, title, note, empty, columns, rows }: Props) {
  return (
    <section className="mt-10">
      <h2 id={id} className="mb-3 text-2xl font-bold">
        {title}
      </h2>
      {note ? <p>{note}</p> : null}
      {rows.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <div role="region" aria-labelledby={id} tabIndex={0} className="overflow-x-auto">
          <table aria-labelledby={id} className="w-full border-collapse text-left">
            <thead>
              <tr className="border-b-2 border-brand-700">
                {columns.map((column) => (
                  <th key={column} scope="col" className="py-2 pr-4 font-semibold">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key} className="border-b border-brand-100">
                  {row.cells.map((cell, index) => (
                    <td key={index} className="py-2 pr-4 align-top">
                      {cell}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

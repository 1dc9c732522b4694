import type { ReactNode } from 'react';

export function TextPage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <article className="prose-page">
      <h1 className="mb-6 text-3xl font-bold text-brand-800">{title}</h1>
      {children}
    </article>
  );
}

import type { ReactNode } from 'react';
import type { ContentPage } from '@/db/queries/content';
import { renderMarkdown } from '@/lib/content/markdown';

/**
 * One content item as people read it: the portal's item page and the console's preview show the same thing.
 * The body is Markdown rendered without raw HTML (lib/content/markdown.ts), so setting it as HTML is safe.
 */
export function ContentArticle({ item, children }: { item: Pick<ContentPage, 'title' | 'summary' | 'body'>; children?: ReactNode }) {
  return (
    <article className="prose-page">
      <h1 className="mb-4 text-3xl font-bold text-brand-800">{item.title}</h1>
      <p className="text-lg font-semibold">{item.summary}</p>
      <div className="markdown-body" dangerouslySetInnerHTML={{ __html: renderMarkdown(item.body) }} />
      {children}
    </article>
  );
}

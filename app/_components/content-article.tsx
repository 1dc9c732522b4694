import type { ReactNode } from 'react';
import type { ContentPage } from '@/db/queries/content';
import { renderMarkdown } from '@/lib/content/markdown';

/**
 * One content item as people read it: the portal's item page and the console's preview show the same thing.
 * The body is Markdown rendered without raw HTML (lib/content/markdown.ts), so setting it as HTML is safe.
 */
export function ContentArticle({
  item,
  headingLevel = 1,
  children,
}: {
  item: Pick<ContentPage, 'title' | 'summary' | 'body'>;
  /** 2 where the article sits inside a page of its own (the console's preview). */
  headingLevel?: 1 | 2;
  children?: ReactNode;
}) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <article className="prose-page">
      <Heading className="mb-4 text-3xl font-bold text-brand-800">{item.title}</Heading>
      <p className="text-lg font-semibold">{item.summary}</p>
      <div className="markdown-body" dangerouslySetInnerHTML={{ __html: renderMarkdown(item.body) }} />
      {children}
    </article>
  );
}

import MarkdownIt from 'markdown-it';

/**
 * Content bodies are Markdown written by operators. markdown-it with `html: false` escapes every tag written in
 * the text, and its link check refuses javascript:, vbscript:, file: and data: addresses, so the output is
 * only the HTML Markdown itself makes. No typographer or linkify: the text stays as written.
 */
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

export function renderMarkdown(source: string): string {
  return markdown.render(source);
}

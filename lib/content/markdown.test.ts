import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown';

describe('content Markdown', () => {
  it('renders paragraphs, emphasis, lists and links', () => {
    expect(renderMarkdown('Hallo *Welt*\n\n- eins\n- [zwei](https://example.com)')).toBe(
      '<p>Hallo <em>Welt</em></p>\n<ul>\n<li>eins</li>\n<li><a href="https://example.com">zwei</a></li>\n</ul>\n',
    );
  });

  it('escapes raw HTML instead of passing it through', () => {
    const html = renderMarkdown('<script>alert(1)</script>\n\nText <img src=x onerror=alert(1)>');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;');
  });

  it('drops links to javascript: and data: addresses', () => {
    const html = renderMarkdown('[a](javascript:alert(1)) [b](data:text/html,x) [c](JaVaScRiPt:alert(1))');
    expect(html).not.toContain('href');
  });
});

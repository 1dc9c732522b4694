import { describe, expect, it } from 'vitest';
import { mailForFrame } from './frame';
import { linksIn } from './links';

describe('captured mail in the mailbox', () => {
  it('makes every link open in the mailbox window', () => {
    const html = '<html><head><meta charset="utf-8"></head><body><a href="https://x/a?b=1&amp;c=2" target="_blank">A</a></body></html>';
    const framed = mailForFrame(html);
    expect(framed).toContain('<head><base target="_top"><meta charset="utf-8">');
    expect(framed).not.toContain('_blank');
  });

  it('lists the distinct links of a mail with entities decoded', () => {
    const html = '<a href="https://x/a?b=1&amp;c=2">A</a><a href="https://x/a?b=1&amp;c=2">again</a><a href="mailto:m@x">m</a>';
    expect(linksIn(html)).toEqual(['https://x/a?b=1&c=2']);
  });
});

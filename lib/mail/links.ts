/** The distinct http(s) links of a mail's HTML, in order, with HTML entities in them decoded. */
export function linksIn(html: string): string[] {
  const links = new Set<string>();
  for (const match of html.matchAll(/href="(https?:\/\/[^"]+)"/gi)) {
    links.add(match[1]!.replaceAll('&amp;', '&'));
  }
  return [...links];
}

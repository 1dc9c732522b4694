/** The console's pages, named once: /verwaltung in both languages (/en/verwaltung in English). */
export const consoleSections = [
  { key: 'overview', href: '/verwaltung' },
  { key: 'companies', href: '/verwaltung/firmen' },
  { key: 'content', href: '/verwaltung/inhalte' },
  { key: 'people', href: '/verwaltung/personen' },
  { key: 'mail', href: '/verwaltung/mail' },
] as const;

export const consolePaths = {
  companies: '/verwaltung/firmen',
  company: (id: string) => `/verwaltung/firmen/${encodeURIComponent(id)}`,
  content: '/verwaltung/inhalte',
  newContent: '/verwaltung/inhalte/neu',
  contentItem: (slug: string) => `/verwaltung/inhalte/${encodeURIComponent(slug)}`,
  preview: (slug: string) => `/verwaltung/inhalte/${encodeURIComponent(slug)}/vorschau`,
} as const;

/**
 * Debian's Chromium on this kind of machine: no sandbox (CI runs as root), no GPU, and nothing that reaches for a
 * network it cannot reach. Playwright's config and the bench's Lighthouse launch it with these.
 */
export const DEBIAN_CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { localeRedirects, localeRewrites } from './i18n/locale-rewrites';
import { staticSecurityHeaders } from './lib/http/security-headers';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

const nextConfig: NextConfig = {
  // PGlite loads its WebAssembly and data files from its own package folder at run time.
  serverExternalPackages: ['@electric-sql/pglite'],
  poweredByHeader: false,
  async redirects() {
    return localeRedirects();
  },
  async rewrites() {
    return { beforeFiles: localeRewrites(), afterFiles: [], fallback: [] };
  },
  async headers() {
    return [
      // The CSP and HSTS are set per request by proxy.ts.
      { source: '/:path*', headers: staticSecurityHeaders() },
      {
        // Pages reached from a link with a token: the token must not travel on in a Referer header. Not on
        // /passwort-neu: its address holds no token, and under no-referrer browsers post its form with
        // `Origin: null`, which Next's CSRF check (rightly) refuses.
        source: '/:locale(en)?/(bestaetigen|bestaetigt|passwort-zuruecksetzen)',
        headers: [{ key: 'Referrer-Policy', value: 'no-referrer' }],
      },
    ];
  },
};

export default withNextIntl(nextConfig);

import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { localeRedirects, localeRewrites } from './i18n/locale-rewrites';

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
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
        ],
      },
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

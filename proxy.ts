import createMiddleware from 'next-intl/middleware';
import { routing } from './i18n/routing';

export default createMiddleware(routing);

export const config = {
  // Everything but Next's internals, route handlers under /api, and files with an extension (mailbox.json too).
  matcher: '/((?!api|_next|_vercel|.*\\..*).*)',
};

import NextAuth, { type DefaultSession } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { openSignInGrant } from '@/lib/auth/grant';
import { sessionById } from '@/lib/auth/session-by-id';
import { SESSION_HOURS } from '@/lib/auth/sessions';
import { env } from '@/lib/env';

declare module 'next-auth' {
  interface Session {
    /** The `sessions` row behind the cookie. */
    sessionId: string;
    user: { id: string } & DefaultSession['user'];
  }
  interface User {
    sessionId?: string;
  }
}

declare module '@auth/core/jwt' {
  interface JWT {
    /** sessions.id, the cookie's only claim of ours: the row says whose session it is and when it ends. */
    sid?: string;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: env().authSecret,
  // Secure (and __Secure- prefixed) exactly when the public address is https, as the portal's own cookies are.
  useSecureCookies: env().secureCookies,
  // The cookie's own expiry slides with use (Auth.js re-signs it); the session row's fixed end is what counts.
  session: { strategy: 'jwt', maxAge: SESSION_HOURS * 60 * 60 },
  // Should Auth.js ever send someone to a page of its own, it is one of ours (see also the route's guard).
  pages: { signIn: '/anmelden', signOut: '/', error: '/anmelden', verifyRequest: '/anmelden' },
  providers: [
    Credentials({
      // The password was checked (and throttled) by the sign-in action; Auth.js only receives its sealed grant.
      credentials: { grant: {} },
      authorize: async ({ grant }) => {
        const opened = openSignInGrant(grant);
        return opened ? { id: opened.userId, sessionId: opened.sessionId } : null;
      },
    }),
  ],
  callbacks: {
    jwt: async ({ token, user }) => {
      if (user?.sessionId) return { sid: user.sessionId };
      // Every request: signed out, ended by a new password, deleted, or past its 8 hours, the session is over.
      // A database that cannot answer ends nothing: Auth.js would take a failure here for "signed out" (and
      // clear the cookie where it can), so an outage would show signed-in people the signed-out portal. The
      // token stays; the page's own read of the row (currentSession, same request) fails alike and shows the
      // error page instead, and the person is still signed in once the database is back.
      const found = await sessionById(token.sid).then(
        (row) => (row ? 'valid' : 'ended'),
        () => 'unknown',
      );
      return found === 'ended' ? null : token;
    },
    session: async ({ session, token }) => ({
      ...session,
      sessionId: token.sid ?? '',
      user: { id: (await sessionById(token.sid).catch(() => undefined))?.user.id ?? '', name: null, email: null, image: null },
    }),
  },
}));

import NextAuth, { type DefaultSession } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { getDatabase } from '@/lib/database';
import { openSignInGrant } from '@/lib/auth/grant';
import { isSessionCurrent } from '@/lib/auth/session-check';
import { userById } from '@/lib/auth/user-by-id';
import { env } from '@/lib/env';

declare module 'next-auth' {
  interface Session {
    user: { id: string } & DefaultSession['user'];
  }
  interface User {
    sessionVersion?: number;
  }
}

declare module '@auth/core/jwt' {
  interface JWT {
    /** users.session_version when the session began; a raised version ends the session on every instance. */
    sv?: number;
  }
}

/** A working day: sessions are read in server components, which cannot extend the cookie. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: env().authSecret,
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: '/anmelden' },
  providers: [
    Credentials({
      // The password was checked (and throttled) by the sign-in action; Auth.js only receives its sealed grant.
      credentials: { grant: {} },
      authorize: async ({ grant }) => {
        const opened = openSignInGrant(grant);
        return opened ? { id: opened.userId, sessionVersion: opened.sessionVersion } : null;
      },
    }),
  ],
  callbacks: {
    jwt: async ({ token, user }) => {
      if (user?.id) return { sub: user.id, sv: user.sessionVersion, iat: token.iat, exp: token.exp, jti: token.jti };
      // Deleted, or signed out everywhere by a new password: this session is over.
      return (await isSessionCurrent(await getDatabase(), token, userById)) ? token : null;
    },
    session: ({ session, token }) => ({
      ...session,
      user: { id: token.sub ?? '', name: null, email: null, image: null },
    }),
  },
}));

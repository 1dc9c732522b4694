import { cache } from 'react';
import { getDatabase } from '@/lib/database';
import { checkSession } from './session-check';

/**
 * The session behind a cookie, checked once per request: auth.ts's callbacks and currentSession() (header, page,
 * metadata) share the read. Outside a React render (the Auth.js route) cache() simply calls through.
 */
export const sessionById = cache(async (id: unknown) => checkSession(await getDatabase(), id));

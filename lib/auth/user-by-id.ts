import { cache } from 'react';
import { getDatabase } from '@/lib/database';
import { findUserById } from '@/db/queries/users';

/**
 * The person behind a session, read once per request: the session check in auth.ts and currentUser() (header,
 * page, metadata) share the row. Outside a React render (the Auth.js route) cache() simply calls through.
 */
export const userById = cache(async (id: string) => findUserById(await getDatabase(), id));

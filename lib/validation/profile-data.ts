import { z } from 'zod';
import { vm } from './messages';
import { currentPassword } from './registration';

/** "Beenden": which of the person's sessions (a session id is 43 characters; anything longer is nobody's). */
export const endSessionSchema = z.object({ sessionId: z.string({ error: vm('invalidChoice') }).regex(/^[\w-]{1,100}$/, vm('invalidChoice')) });

/** "Überall abmelden": nothing but the current password, which the door adds. */
export const signOutEverywhereSchema = z.object({});
export const signOutEverywhereFormSchema = signOutEverywhereSchema.extend({ currentPassword });

/** "Profil löschen": an explicit tick besides the current password. */
export const deleteProfileSchema = z.object({ confirmDeletion: z.literal('on', { error: vm('deletionUnconfirmed') }) });
export const deleteProfileFormSchema = deleteProfileSchema.extend({ currentPassword });

import { z } from 'zod';
import { email } from './fields';
import { vm } from './messages';
import { PASSWORD_MAX, password } from './registration';

/**
 * The current password, as the browser checks it while the person types; the signed-in door adds the same field
 * to the server's schema (lib/forms/signed-in-action.ts, `reauthenticate`) and checks it against the hash.
 */
const currentPassword = z.string({ error: vm('required') }).min(1, vm('required')).max(PASSWORD_MAX, vm('passwordTooLong', { max: PASSWORD_MAX }));

/** "Passwort ändern": the new password follows the registration's rules (guessability on the server and as you type). */
export const changePasswordSchema = z.object({ newPassword: password });
export const changePasswordFormSchema = changePasswordSchema.extend({ currentPassword });

/** "E-Mail-Adresse ändern": whose company the address belongs to is the server's question. */
export const changeEmailSchema = z.object({ newEmail: email });
export const changeEmailFormSchema = changeEmailSchema.extend({ currentPassword });

import { z } from 'zod';
import { email } from './fields';
import { currentPassword, password } from './registration';

/** "Passwort ändern": the new password follows the registration's rules (guessability on the server and as you type). */
export const changePasswordSchema = z.object({ newPassword: password });
export const changePasswordFormSchema = changePasswordSchema.extend({ currentPassword });

/** "E-Mail-Adresse ändern": whose company the address belongs to is the server's question. */
export const changeEmailSchema = z.object({ newEmail: email });
export const changeEmailFormSchema = changeEmailSchema.extend({ currentPassword });

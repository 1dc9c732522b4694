import { z } from 'zod';
import { email, printable } from './fields';
import { password } from './registration';
import { vm } from './messages';

/** Sign-in checks only that something was entered: the rules for new passwords do not apply to old ones. */
export const signInSchema = z.object({
  email,
  password: z.string({ error: vm('required') }).min(1, vm('required')).max(1000, vm('tooLong', { max: 1000 })),
  // Not the person's entry: an odd or overlong value means "the portal home", never an error they cannot fix.
  next: z.string().max(500).refine(printable).optional().catch(undefined),
});

export const resetRequestSchema = z.object({ email });

/** A new password follows the registration's rules (length here, guessability on the server and as you type). */
export const newPasswordSchema = z.object({ password });

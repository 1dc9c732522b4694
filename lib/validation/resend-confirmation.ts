import { z } from 'zod';
import { email } from './fields';

export const resendConfirmationSchema = z.object({ email });

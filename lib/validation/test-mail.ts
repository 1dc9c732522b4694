import { z } from 'zod';
import { email } from './fields';

export const testMailSchema = z.object({ to: email });

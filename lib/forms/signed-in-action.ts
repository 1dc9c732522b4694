import 'server-only';
import { z } from 'zod';
import { confirmCurrentPassword } from '@/lib/auth/confirm-password';
import { currentSession } from '@/lib/auth/session';
import type { CurrentSession } from '@/lib/auth/session-check';
import { getDatabase } from '@/lib/database';
import { redirectTo } from '@/i18n/redirect';
import { routes } from '@/lib/routes';
import { vm } from '@/lib/validation/messages';
import { currentPassword } from '@/lib/validation/registration';
import { type ActionContext, formAction, type FormActionOptions, formValues } from './form-action';
import type { FormState } from './form-state';

type Shape = z.ZodObject<z.ZodRawShape>;

/** What a signed-in handler gets besides its data: the session and its person, from the door, never looked up. */
export type SignedInContext = ActionContext & CurrentSession;

type Options<S extends Shape, D> = Omit<FormActionOptions<S, D>, 'handler' | 'schema'> & {
  schema: S;
  /**
   * Changes of access (password, address, deletion, signing out everywhere) ask for the current password as the
   * field `currentPassword`, checked on the sign-in throttle before the handler runs.
   */
  reauthenticate?: boolean;
  handler: (data: z.output<S>, context: SignedInContext) => Promise<FormState<Extract<keyof z.input<S>, string>, D>>;
};

const currentPasswordField = { currentPassword };

/**
 * The door for actions of signed-in pages: the form door (schema, limits, one translated failure) plus the
 * session, checked on every call (an ended session is sent to the sign-in mask) and handed to the handler, and
 * the current password where the action changes access.
 */
export function signedInAction<S extends Shape, D = undefined>(options: Options<S, D>) {
  const schema = (options.reauthenticate ? options.schema.extend(currentPasswordField) : options.schema) as S;
  return formAction<S, D>({
    ...options,
    schema,
    handler: async (data, context) => {
      const current = await currentSession();
      if (!current) redirectTo(routes.signIn, context.locale);
      if (options.reauthenticate) {
        const entered = (data as { currentPassword: string }).currentPassword;
        const check = await confirmCurrentPassword(await getDatabase(), current.user, { password: entered, ip: context.ip, action: options.name });
        if (!check.ok) {
          const values = formValues(context.formData, Object.keys(schema.shape));
          if (check.reason === 'throttled') {
            return { status: 'error', fieldErrors: {}, formError: vm('signInThrottled', { minutes: Math.ceil(check.retryAfterSeconds / 60) }), values };
          }
          return { status: 'error', fieldErrors: { currentPassword: [vm('currentPasswordWrong')] } as never, values };
        }
      }
      return options.handler(data, { ...context, ...current });
    },
  });
}

import 'server-only';
import { refresh } from 'next/cache';
import type { z } from 'zod';
import { requireOperator } from '@/lib/auth/operator';
import type { Actor } from '@/lib/operations/actor';
import type { Refused } from '@/lib/operations/result';
import { type ActionContext, type FormActionOptions, formAction } from './form-action';
import type { FormState } from './form-state';

type Shape = z.ZodObject<z.ZodRawShape>;
type FieldName<S extends Shape> = Extract<keyof z.input<S>, string>;
type State<S extends Shape, D> = FormState<FieldName<S>, D>;

export type OperatorContext = ActionContext & { actor: Actor };

/**
 * A console action: the operator check runs before anything else (a 404 for everyone else, whatever they sent),
 * then the one door (formAction) with the operator as the actor every operation audits. A successful action
 * refreshes the page, so the lists beside the form show the change.
 */
export function operatorAction<S extends Shape, D = undefined>(
  options: Omit<FormActionOptions<S, D>, 'handler'> & { handler: (data: z.output<S>, context: OperatorContext) => Promise<State<S, D>> },
) {
  const door = formAction<S, D>({
    ...options,
    handler: async (data, context) => {
      const operator = await requireOperator();
      const state = await options.handler(data, { ...context, actor: { operatorId: operator.id } });
      if (state.status === 'success') refresh();
      return state;
    },
  });
  return async (previous: State<S, D>, formData: FormData): Promise<State<S, D>> => {
    await requireOperator();
    const state = await door(previous, formData);
    // The door keeps 1,000 characters of each entry for the form; a content body is longer, and must come back whole.
    if (state.status !== 'error') return state;
    const values = { ...state.values };
    for (const name of Object.keys(values) as FieldName<S>[]) {
      const full = formData instanceof FormData ? formData.get(name) : null;
      if (typeof full === 'string') values[name] = full;
    }
    return { ...state, values };
  };
}

/**
 * A refused operation as a form answer: its code as a translated message (Console.refusals) next to the field it
 * is about, or above the form when it is about none.
 */
export function refusedState<F extends string, D>(
  refused: Refused,
  fieldOf: Partial<Record<Refused['code'], NoInfer<F>>>,
  values: Partial<Record<F, string>>,
): FormState<F, D> {
  const message = JSON.stringify({ key: `refusals.${refused.code}`, values: refused.values });
  const field = fieldOf[refused.code];
  if (!field) return { status: 'error', fieldErrors: {}, formError: message, values };
  return { status: 'error', fieldErrors: { [field]: [message] } as Partial<Record<F, string[]>>, values };
}

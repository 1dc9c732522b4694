import type { FieldErrors } from '@/lib/forms/form-state';
import type { SummaryItem } from './error-summary';

/** The error summary's entries, in the order the fields appear on the page. */
export function summaryItems(errors: FieldErrors, order: string[]): SummaryItem[] {
  return order.flatMap((field) => (errors[field] ?? []).map((message) => ({ fieldId: `field-${field}`, message })));
}

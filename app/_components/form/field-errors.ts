import type { FieldErrors } from '@/lib/forms/form-state';
import type { SummaryItem } from './error-summary';

/**
 * The error summary's entries, in the order the fields appear on the page (the order of `labels`). Each names its
 * field, so "Bitte füllen Sie dieses Feld aus." in the summary says which field.
 */
export function summaryItems(errors: FieldErrors, labels: Record<string, string>): SummaryItem[] {
  return Object.entries(labels).flatMap(([field, label]) =>
    (errors[field] ?? []).map((message) => ({ fieldId: `field-${field}`, label, message })),
  );
}

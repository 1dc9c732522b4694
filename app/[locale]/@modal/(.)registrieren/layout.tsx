import type { ReactNode } from 'react';
import { RouteDialog } from '../../../_components/dialog/route-dialog';

/** One dialog for all registration steps: it stays open (and keeps focus handling) while the steps change. */
export default function RegistrationDialog({ children }: { children: ReactNode }) {
  return <RouteDialog labelledBy="registration-title">{children}</RouteDialog>;
}

import { RouteDialog } from '../../../_components/dialog/route-dialog';
import { SignInPanel } from '../../anmelden/sign-in-panel';

/** "Anmelden/Registrieren" clicked on a page: the sign-in mask opens over it. */
export default function SignInDialog() {
  return (
    <RouteDialog labelledBy="sign-in-title">
      <SignInPanel />
    </RouteDialog>
  );
}

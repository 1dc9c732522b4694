export { default } from '../../../registrieren/erfolgreich/page';

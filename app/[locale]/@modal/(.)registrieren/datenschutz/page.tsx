export { default } from '../../../registrieren/datenschutz/page';

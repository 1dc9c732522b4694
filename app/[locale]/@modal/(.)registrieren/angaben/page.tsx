export { default } from '../../../registrieren/angaben/page';

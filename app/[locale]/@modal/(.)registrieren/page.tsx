export { default } from '../../registrieren/page';

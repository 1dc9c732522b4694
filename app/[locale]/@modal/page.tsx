// Navigating to the home page (e.g. after "Ablehnen") closes any open dialog.
export { default } from './default';

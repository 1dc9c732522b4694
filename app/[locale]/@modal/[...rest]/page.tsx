// Navigating anywhere the dialog does not intercept closes it: a slot keeps its last content on client
// navigation unless the new address matches something here.
export { default } from '../default';

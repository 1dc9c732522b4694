/** No dialog: the slot is empty on every page loaded directly. */
export default function NoDialog() {
  return null;
}

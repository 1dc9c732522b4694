import { connection } from 'next/server';

// Rendered per request like every page of the portal, so its scripts carry the CSP nonce as theirs do.
export default async function BlankPage() {
  await connection();
  return null;
}

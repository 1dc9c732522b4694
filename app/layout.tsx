import type { ReactNode } from 'react';

// The real document lives in app/[locale]/layout.tsx; this one only lets non-localised routes exist.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}

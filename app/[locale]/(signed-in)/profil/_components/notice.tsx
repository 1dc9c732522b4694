/** A short confirmation above a profile page's content ("Die Sitzung wurde beendet."), announced politely. */
export function Notice({ children }: { children: React.ReactNode }) {
  return (
    <p role="status" className="mb-6 rounded-md border-l-8 border-brand-700 bg-brand-50 p-4 font-semibold">
      {children}
    </p>
  );
}

'use client';

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <main className="mx-auto max-w-xl p-6">
      <h1 className="mb-2 text-xl font-semibold">Waitboard could not load this page</h1>
      <p className="mb-4 text-fg-muted">The Waitboard server or Coviu did not answer. Your data is safe.</p>
      <button
        type="button"
        onClick={reset}
        className="rounded bg-brand px-3 py-1.5 text-brand-fg focus:outline-none focus-visible:ring-2 focus-visible:ring-offset-2"
      >
        Try again
      </button>
    </main>
  );
}

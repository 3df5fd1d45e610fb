import Link from 'next/link';

/** Shown with a 403 when a page belongs to a clinic the person is not a member of. */
export default function Forbidden() {
  return (
    <main id="main" className="mx-auto max-w-6xl p-4">
      <h1 className="mb-2 text-2xl font-bold">You do not have access to this page</h1>
      <p className="mb-4 text-fg-muted">
        It belongs to a clinic you are not a member of. If you need it, ask your Waitboard administrator.
      </p>
      <Link href="/" className="text-brand underline">
        Back to the waiting room
      </Link>
    </main>
  );
}

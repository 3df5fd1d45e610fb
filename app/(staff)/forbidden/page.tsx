import Link from 'next/link';

export default function ForbiddenPage() {
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">You do not have access to this page</h1>
      <p className="mb-4 text-fg-muted">
        Your role in Waitboard does not include it. If you need it, ask your Waitboard administrator.
      </p>
      <Link href="/" className="text-brand underline">
        Back to the waiting room
      </Link>
    </>
  );
}

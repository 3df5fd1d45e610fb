'use client';
import { useState } from 'react';

export function CopyButton({ text, label }: { text: string; label: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className="inline-flex h-target-sm shrink-0 items-center rounded-md border border-line-strong bg-surface px-2.5 text-body-sm whitespace-nowrap text-fg hover:bg-surface-3"
      onClick={async () => {
        await navigator.clipboard?.writeText(text).catch(() => undefined);
        setCopied(true);
        setTimeout(() => setCopied(false), 2_000);
      }}
    >
      {copied ? 'Copied' : `Copy ${label}`}
    </button>
  );
}

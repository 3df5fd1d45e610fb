import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { Providers } from '@/components/providers';
import './globals.css';

// Every page is rendered per request: the CSP nonce (proxy.ts) must reach Next's scripts.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: 'Waitboard',
  description: 'Who is waiting in your Coviu waiting areas, and for how long.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en-AU">
      <body>
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}

import './globals.css';
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { Nav } from './nav';

export const metadata: Metadata = {
  title: 'react-cognito-signup with Next.js',
  icons: { icon: 'data:,' },
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="bg-slate-50 text-slate-900 dark:bg-slate-950 dark:text-slate-100">
        <main className="mx-auto my-8 max-w-lg px-4 font-sans">
          <Nav />
          {children}
        </main>
      </body>
    </html>
  );
}

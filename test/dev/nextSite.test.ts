import { describe, expect, it } from 'vitest';
import { siteRoot } from '../../examples/next-app-router/site.ts';

// The Next example's redirects go to the site as it was asked for, not to the host Next runs as
// (when the domain's /logout is on the way, the examples test shows, in Chromium).

const request = (headers: Record<string, string>) =>
  new Request('http://localhost:3000/api/sign-out', { method: 'POST', headers });

describe('siteRoot', () => {
  it('is the site as the browser asked for it: its Host, not the host Next names', () => {
    expect(siteRoot(request({ host: '127.0.0.1:3000' }))).toBe('http://127.0.0.1:3000/');
    expect(siteRoot(request({}))).toBe('http://localhost:3000/');
  });

  it('takes the first scheme a TLS-ending proxy forwarded, http or https only', () => {
    const behind = (proto: string) =>
      siteRoot(request({ host: 'app.example', 'x-forwarded-proto': proto }));
    expect(behind('https')).toBe('https://app.example/');
    expect(behind('https, http')).toBe('https://app.example/');
    expect(behind('javascript')).toBe('http://app.example/');
  });
});

/**
 * This site's root address as the browser asked for it. Next's `request.url` names the host
 * the server runs as (`localhost`), not the one in the address bar (`127.0.0.1`, your domain):
 * a redirect there could move the person to another origin, where their cookies are not. Behind
 * a proxy that ends TLS, the scheme is the one it forwarded.
 */
export function siteRoot(request: Request): string {
  const url = new URL(request.url);
  const host = request.headers.get('host') ?? url.host;
  const scheme = request.headers.get('x-forwarded-proto') ?? url.protocol.slice(0, -1);
  return `${scheme}://${host}/`;
}

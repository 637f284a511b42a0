/**
 * This site's root address as the browser asked for it: the proxy's redirect (which must be
 * absolute) and the `logout_uri` the user pool domain sends the browser back to. Next's
 * `request.url` names the host the server runs as (`localhost`), not the one in the address
 * bar (`127.0.0.1`, your domain). A forged Host only misleads the request that forged it: the
 * proxy's redirect is `no-store`, and Cognito accepts only the app client's registered sign-out
 * URLs. Behind a proxy that ends TLS, the scheme it forwarded (the first, http or https).
 */
export function siteRoot(request: Request): string {
  const url = new URL(request.url);
  const host = request.headers.get('host') ?? url.host;
  const forwarded = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim();
  const scheme =
    forwarded === 'https' || forwarded === 'http' ? forwarded : url.protocol.slice(0, -1);
  return `${scheme}://${host}/`;
}

/**
 * Response headers that are the same for every response, set once in next.config.ts. The per-request ones
 * (the CSP with its nonce, HSTS which depends on APP_URL at run time) are set by proxy.ts.
 */

/**
 * Every powerful feature a browser may grant a page, switched off for the portal and anything it embeds: the
 * portal uses none of them. Only names Chromium knows on every desktop platform: an unknown name costs a console
 * warning on every page (the e2e CSP spec fails on one, which also catches typos), so 'bluetooth' and
 * 'web-share', unknown to Chromium on Linux, are left out.
 */
const DENIED_FEATURES = [
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'gamepad',
  'geolocation',
  'gyroscope',
  'hid',
  'identity-credentials-get',
  'idle-detection',
  'local-fonts',
  'magnetometer',
  'microphone',
  'midi',
  'otp-credentials',
  'payment',
  'picture-in-picture',
  'publickey-credentials-create',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'storage-access',
  'usb',
  'window-management',
  'xr-spatial-tracking',
] as const;

export function permissionsPolicy(): string {
  return DENIED_FEATURES.map((feature) => `${feature}=()`).join(', ');
}

export type Header = { key: string; value: string };

export function staticSecurityHeaders(): Header[] {
  return [
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    // frame-ancestors 'none' in the CSP says the same to current browsers; this is for older ones.
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: permissionsPolicy() },
    // A page the portal opens in another window, or that opens the portal, gets no handle on it.
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ];
}

/** Whether the portal's public address (APP_URL) is https. */
export function servedOverHttps(appUrl: string | undefined): boolean {
  return Boolean(appUrl?.trim().startsWith('https://'));
}

/**
 * HSTS only where the portal's public address is https: a local `next start` must stay reachable over plain
 * http. Two years, with subdomains (the hstspreload.org minimum).
 */
export function strictTransportSecurity(appUrl: string | undefined): string | undefined {
  return servedOverHttps(appUrl) ? 'max-age=63072000; includeSubDomains' : undefined;
}

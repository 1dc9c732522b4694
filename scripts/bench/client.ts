/**
 * A browser without JavaScript, as far as the server can tell: it keeps cookies, follows redirects, and submits
 * a page's form the way the browser would (every hidden input the server rendered, plus the fields it types).
 * Each client has its own address, sent as the one entry a trusted proxy in front would add.
 */
export type Timed = { status: number; ms: number; url: string; body: string };

const INPUT = /<input\b[^>]*>/g;
const ATTR = (name: string) => new RegExp(`\\b${name}="([^"]*)"`);

function decodeEntities(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * The hidden inputs of the form that holds `field` (React's action reference among them); without a field, of the
 * page's only server-action form (a page whose form is just a button).
 */
export function hiddenInputsOfForm(html: string, field?: string): [string, string][] {
  const forms = html.split(/<form\b/).slice(1).map((part) => part.split('</form>')[0]!);
  const matching = field ? forms.filter((f) => f.includes(`name="${field}"`)) : forms.filter((f) => f.includes('name="$ACTION_'));
  const form = matching[0];
  if (!form || (!field && matching.length > 1)) throw new Error(field ? `no form with a field "${field}" on the page` : 'not exactly one action form on the page');
  const hidden: [string, string][] = [];
  for (const input of form.match(INPUT) ?? []) {
    if (!/type="hidden"/.test(input)) continue;
    const name = ATTR('name').exec(input)?.[1];
    if (name) hidden.push([decodeEntities(name), decodeEntities(ATTR('value').exec(input)?.[1] ?? '')]);
  }
  return hidden;
}

export class NoJsClient {
  private readonly cookies = new Map<string, string>();

  constructor(
    private readonly baseUrl: string,
    private readonly ip: string,
  ) {}

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    return { 'x-forwarded-for': this.ip, 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) bench Firefox/140.0', ...(cookie ? { cookie } : {}), ...extra };
  }

  /** What a real browser acting as this client sends: its cookies and the proxy's entry for its address. */
  browserHeaders(): Record<string, string> {
    const { cookie, 'x-forwarded-for': forwarded } = this.headers();
    return { 'x-forwarded-for': forwarded!, ...(cookie ? { cookie } : {}) };
  }

  private keepCookies(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair!.indexOf('=');
      const name = pair!.slice(0, at);
      const value = pair!.slice(at + 1);
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(line) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  /** One request, redirects not followed; the time is until the whole body arrived. */
  async request(path: string, init: { method?: string; body?: FormData } = {}): Promise<Timed> {
    const start = performance.now();
    const response = await fetch(new URL(path, this.baseUrl), {
      method: init.method ?? 'GET',
      body: init.body,
      headers: this.headers(init.method === 'POST' ? { origin: this.baseUrl } : {}),
      redirect: 'manual',
    });
    const body = await response.text();
    this.keepCookies(response);
    return { status: response.status, ms: performance.now() - start, url: response.headers.get('location') ?? path, body };
  }

  /**
   * Submits the form that holds the first of `fields` on `page` (its HTML), as a POST to the page's own address
   * (where React's no-JS forms post), and returns that one request; the redirect it answers with is not followed.
   */
  async submit(path: string, html: string, fields: Record<string, string>): Promise<Timed> {
    const body = new FormData();
    for (const [name, value] of hiddenInputsOfForm(html, Object.keys(fields)[0]!)) body.append(name, value);
    for (const [name, value] of Object.entries(fields)) body.append(name, value);
    return this.request(path, { method: 'POST', body });
  }
}

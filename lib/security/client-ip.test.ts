import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { clientIpFrom } from './client-ip';
import { recordPeerAddresses } from './peer-address';

const selfHosted = (hops: number) => ({ onVercel: false, trustedProxyHops: hops });
const headers = (init: Record<string, string>) => new Headers(init);

describe('the client address', () => {
  it('self-hosted without a proxy is the TCP peer, whatever X-Forwarded-For the client wrote', () => {
    // The server appended the peer (203.0.113.7) after the client's forged entries.
    const forged = headers({ 'x-forwarded-for': '198.51.100.1, 10.0.0.1, 203.0.113.7' });
    expect(clientIpFrom(forged, selfHosted(0))).toBe('203.0.113.7');
    expect(clientIpFrom(headers({ 'x-forwarded-for': '::ffff:203.0.113.7' }), selfHosted(0))).toBe('203.0.113.7');
  });

  it('behind trusted proxies is the entry the outermost of them added, counted from the right', () => {
    // Client forged 1.1.1.1; nginx appended the real client 203.0.113.7; the server appended nginx (10.0.0.2).
    const viaNginx = headers({ 'x-forwarded-for': '1.1.1.1, 203.0.113.7, 10.0.0.2' });
    expect(clientIpFrom(viaNginx, selfHosted(1))).toBe('203.0.113.7');
    const viaTwo = headers({ 'x-forwarded-for': '1.1.1.1, 203.0.113.7, 10.0.0.1, 10.0.0.2' });
    expect(clientIpFrom(viaTwo, selfHosted(2))).toBe('203.0.113.7');
    // Too short a chain did not pass our proxies: only the peer is certain.
    expect(clientIpFrom(headers({ 'x-forwarded-for': '203.0.113.9' }), selfHosted(2))).toBe('203.0.113.9');
  });

  it("on Vercel is the platform's own header, not the first X-Forwarded-For entry a client could add", () => {
    const vercel = { onVercel: true, trustedProxyHops: 0 };
    expect(clientIpFrom(headers({ 'x-vercel-forwarded-for': '203.0.113.7', 'x-forwarded-for': '1.1.1.1' }), vercel)).toBe('203.0.113.7');
    expect(clientIpFrom(headers({ 'x-real-ip': '203.0.113.8' }), vercel)).toBe('203.0.113.8');
    expect(clientIpFrom(headers({}), vercel)).toBe('unknown');
  });

  it("is recorded from the connection by the server itself, after anything the client sent", async () => {
    recordPeerAddresses();
    const server = createServer((request, response) => response.end(String(request.headers['x-forwarded-for'])));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const seen = await new Promise<string>((resolve, reject) => {
      httpRequest({ port, host: '127.0.0.1', headers: { 'x-forwarded-for': '198.51.100.1' } }, (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () => resolve(body));
      })
        .on('error', reject)
        .end();
    });
    server.close();
    expect(seen).toBe('198.51.100.1, 127.0.0.1');
    expect(clientIpFrom(headers({ 'x-forwarded-for': seen }), selfHosted(0))).toBe('127.0.0.1');
  });
});

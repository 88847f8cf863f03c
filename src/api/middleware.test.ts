import type { Context } from 'hono';
import { describe, expect, it } from 'vitest';
import { clientIp, isHttps } from './middleware';

function context(headers: Record<string, string>, peer = '192.0.2.10', url = 'http://skj.local/') {
  return {
    req: { header: (name: string) => headers[name.toLowerCase()], url },
    env: { incoming: { socket: { remoteAddress: peer } } },
  } as unknown as Context;
}

describe('clientIp', () => {
  it('ignores X-Forwarded-For without trusted proxies', () => {
    expect(clientIp(context({ 'x-forwarded-for': '203.0.113.7' }), 0)).toBe('192.0.2.10');
  });
  it('takes the entry the nearest trusted proxy wrote, never one the client put on the left', () => {
    const headers = { 'x-forwarded-for': 'palsu, 203.0.113.7, 10.0.0.2' };
    expect(clientIp(context(headers), 1)).toBe('10.0.0.2');
    expect(clientIp(context(headers), 2)).toBe('203.0.113.7');
    expect(clientIp(context({ 'x-forwarded-for': '203.0.113.7' }), 3)).toBe('203.0.113.7');
    expect(clientIp(context({}), 1)).toBe('192.0.2.10');
  });
});

describe('isHttps', () => {
  const deps = (trustedProxies: number) => ({ cookieSecure: 'auto' as const, trustedProxies });
  it('believes X-Forwarded-Proto only from a trusted proxy', () => {
    expect(isHttps(context({ 'x-forwarded-proto': 'https' }), deps(0))).toBe(false);
    expect(isHttps(context({ 'x-forwarded-proto': 'https' }), deps(1))).toBe(true);
    expect(isHttps(context({}, undefined, 'https://skj.local/'), deps(0))).toBe(true);
    expect(isHttps(context({}), { cookieSecure: true, trustedProxies: 0 })).toBe(true);
  });
});

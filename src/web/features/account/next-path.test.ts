import { describe, expect, it } from 'vitest';
import { safeNextPath, withNext } from './next-path';

describe('the page after signing in', () => {
  it('follows a path of this site with its query', () => {
    expect(safeNextPath('/skj/123?tab=versi')).toBe('/skj/123?tab=versi');
    expect(withNext('/login', '/admin?bagian=pengguna')).toBe('/login?lanjut=%2Fadmin%3Fbagian%3Dpengguna');
  });

  it('never leaves the site nor loops back into the sign-in screens', () => {
    for (const value of ['https://evil.example/', '//evil.example/x', '/\\evil.example', 'skj', '', null])
      expect(safeNextPath(value)).toBe('/');
    expect(safeNextPath('/login?lanjut=/skj')).toBe('/');
    expect(safeNextPath('/ganti-kata-sandi')).toBe('/');
    expect(withNext('/login', '/')).toBe('/login');
  });
});

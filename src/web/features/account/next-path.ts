/**
 * Where to go after signing in or replacing a temporary password: the page the person wanted
 * (`?lanjut=`), kept in the address so a reload does not lose it. Only a path of this site is
 * followed (never `//other.host` or a full address: no open redirect), and never back into the
 * sign-in screens themselves.
 */
export const nextParam = 'lanjut';

const signInScreens = ['/login', '/setup', '/ganti-kata-sandi'];

export function safeNextPath(value: string | null | undefined): string {
  if (!value?.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  const path = value.split(/[?#]/)[0] ?? '';
  return signInScreens.includes(path) ? '/' : value;
}

/** `screen?lanjut=<next>`, without the parameter when the next page is the home page. */
export function withNext(screen: string, next: string): string {
  const safe = safeNextPath(next);
  return safe === '/' ? screen : `${screen}?${new URLSearchParams({ [nextParam]: safe })}`;
}

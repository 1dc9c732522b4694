import { describe, expect, it } from 'vitest';
import { PATH_HEADER, requestedPath } from './request-path';

const asked = (path: string | null) => requestedPath(new Headers(path === null ? {} : { [PATH_HEADER]: path }));

describe('the page a signed-out person asked for', () => {
  it('is the path and query without the language prefix', () => {
    expect(asked('/profil/sitzungen')).toBe('/profil/sitzungen');
    expect(asked('/en/profil?x=1')).toBe('/profil?x=1');
  });

  it('is the start page when missing or not a path of this site', () => {
    expect(asked(null)).toBe('/');
    expect(asked('//evil.example/')).toBe('/');
    expect(asked('/en//evil.example')).toBe('/');
  });
});

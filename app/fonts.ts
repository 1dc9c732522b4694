import localFont from 'next/font/local';

// Self-hosted from the @fontsource-variable package: nothing is downloaded at build or run time. (next/font wants
// every value written out, so the paths repeat.)

/*
 * Two faces with Fontsource's own unicode ranges, so a browser downloads the latin-ext file (61 KB) only for a page
 * that has such a character (a Polish or Czech name, say). As one face without ranges, both files were preloaded
 * on every page and competed with the page's scripts on a slow connection (Lighthouse mobile, issue 11).
 */
export const sourceSans = localFont({
  src: '../node_modules/@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2',
  weight: '200 900',
  variable: '--font-source-sans',
  display: 'swap',
  declarations: [
    {
      prop: 'unicode-range',
      value: 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
    },
  ],
});

/** Listed before sourceSans in --font-sans: its range leaves basic Latin to sourceSans and its fallback metrics. */
export const sourceSansExtended = localFont({
  src: '../node_modules/@fontsource-variable/source-sans-3/files/source-sans-3-latin-ext-wght-normal.woff2',
  weight: '200 900',
  variable: '--font-source-sans-ext',
  display: 'swap',
  preload: false,
  adjustFontFallback: false,
  declarations: [
    {
      prop: 'unicode-range',
      value: 'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C4,U+2113,U+2C60-2C7F,U+A720-A7FF',
    },
  ],
});

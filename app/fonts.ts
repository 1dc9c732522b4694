import localFont from 'next/font/local';

// Self-hosted from the @fontsource-variable package: nothing is downloaded at build or run time.
export const sourceSans = localFont({
  src: [
    { path: '../node_modules/@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2', style: 'normal' },
    { path: '../node_modules/@fontsource-variable/source-sans-3/files/source-sans-3-latin-ext-wght-normal.woff2', style: 'normal' },
  ],
  weight: '200 900',
  variable: '--font-source-sans',
  display: 'swap',
});

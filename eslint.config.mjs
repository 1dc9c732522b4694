import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    // Playwright fixtures receive a callback named `use`, which is not React's hook.
    files: ['e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    // Layers point down: the database door knows nothing of the app, its configuration or its features.
    files: ['db/**/*.ts'],
    ignores: ['db/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@/lib/*', '@/app/*', '@/i18n/*', '@/messages/*', '@/auth', '**/../lib/*', '**/../app/*'], message: 'db/ must not import from the layers above it; pass what it needs in.' },
          ],
        },
      ],
    },
  },
  {
    // Paths are named once, in lib/routes.ts: links, redirects and mail links take those names, not literals.
    files: ['app/**/*.{ts,tsx}', 'lib/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts', 'lib/routes.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...[
          "JSXAttribute[name.name='href'] > Literal[value=/^\\//]",
          "JSXAttribute[name.name='href'] > JSXExpressionContainer > Literal[value=/^\\//]",
          "JSXAttribute[name.name='href'] > JSXExpressionContainer > TemplateLiteral > TemplateElement:first-child[value.raw=/^\\//]",
          "CallExpression[callee.name=/^(redirectTo|withQuery)$/] > Literal:first-child[value=/^\\//]",
          "CallExpression[callee.name=/^(redirectTo|withQuery)$/] > TemplateLiteral:first-child > TemplateElement:first-child[value.raw=/^\\//]",
          "CallExpression[callee.name='mailUrl'] > Literal:nth-child(3)[value=/^\\//]",
          "CallExpression[callee.name='mailUrl'] > TemplateLiteral:nth-child(3) > TemplateElement:first-child[value.raw=/^\\//]",
        ].map((selector) => ({ selector, message: 'Take the path from lib/routes.ts (routes.…, withQuery) instead of a literal.' })),
      ],
    },
  },
  { ignores: ['.next/**', 'node_modules/**', '.data/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**'] },
];
export default config;

import { expect, test } from '@playwright/test';
import { httpsOnlyTests, observatory } from './support/observatory';

test('the MDN HTTP Observatory passes every test that plain http allows', async ({ baseURL }, testInfo) => {
  test.skip(testInfo.project.name !== 'with-js', 'scans headers, not pages: one project is enough');
  const report = observatory(baseURL!);
  testInfo.annotations.push({ type: 'observatory', description: `${report.scan.grade}, ${report.scan.score}/100` });
  const failed = Object.entries(report.tests)
    .filter(([name, result]) => !result.pass && !httpsOnlyTests(baseURL!).includes(name))
    .map(([name, result]) => `${name}: ${result.result}`);
  expect(failed).toEqual([]);
});

import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
const url = process.argv[2];
const chrome = await chromeLauncher.launch({
  chromePath: '/usr/bin/chromium',
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});
const { lhr } = await lighthouse(url, {
  port: chrome.port,
  output: 'json',
  logLevel: 'error',
  onlyCategories: ['performance', 'best-practices'],
});
await chrome.kill();
const a = lhr.audits;
console.log(
  'console errors:',
  JSON.stringify(
    a['errors-in-console'].details?.items?.map((i) => [
      i.source,
      i.description?.slice(0, 140),
      i.sourceLocation?.url,
    ]),
    null,
    0,
  ),
);
console.log(
  'lcp element:',
  JSON.stringify(
    a['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet,
  ),
);
console.log(
  'lcp breakdown:',
  JSON.stringify(a['largest-contentful-paint-element']?.details?.items?.[1]?.items),
);
console.log(
  'render-blocking:',
  JSON.stringify(
    a['render-blocking-resources']?.details?.items?.map((i) => [i.url, i.totalBytes, i.wastedMs]),
  ),
);
console.log(
  'network:',
  JSON.stringify(
    a['network-requests']?.details?.items?.map((i) => [
      i.url.replace('http://localhost:3199', ''),
      i.transferSize,
      Math.round(i.networkRequestTime),
      Math.round(i.networkEndTime),
      i.priority,
    ]),
  ),
);
for (const id of [
  'first-contentful-paint',
  'largest-contentful-paint',
  'speed-index',
  'total-blocking-time',
  'cumulative-layout-shift',
  'interactive',
])
  console.log(id, a[id].displayValue, a[id].score);

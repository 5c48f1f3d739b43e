// Drives the customer page in headless Chromium for tst_customer_page (C++), which plays the agent.
// Prints one line per milestone on stdout; the C++ side reacts to them. Exit code 0 = every step seen.
import { chromium } from 'playwright-core';

const url = process.argv[2];
const step = (name, detail = '') => console.log(`${name} ${detail}`.trim());
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  // bypassCSP: the page's own policy forbids eval, which Playwright's waitForFunction uses.
  const page = await browser.newPage({ viewport: { width: 390, height: 780 }, bypassCSP: true }); // a phone screen
  page.setDefaultTimeout(20000);
  await page.goto(url);
  await page.waitForSelector('#status[data-state="robot"]');
  await page.waitForSelector('.msg.robot');
  step('ROBOT_GREETED');

  await page.fill('#input', '什么时候发货');
  await page.press('#input', 'Enter');
  await page.waitForFunction(() => [...document.querySelectorAll('.msg.robot .text')].some((e) => e.textContent.includes('48')));
  step('ROBOT_ANSWERED');

  await page.fill('#input', '转人工');
  await page.press('#input', 'Enter');
  await page.waitForSelector('#status[data-state="queued"]');
  step('QUEUED', await page.textContent('#status'));

  // The agent (C++ side) logs in now and replies.
  await page.waitForFunction(() => [...document.querySelectorAll('.msg.agent .text')].some((e) => e.textContent.includes('人工客服小王')));
  await page.waitForSelector('#status[data-state="active"]');
  step('AGENT_REPLIED', await page.textContent('#status'));

  // Masking reaches the page too: a phone number comes back masked.
  await page.fill('#input', '我的电话13812345678');
  await page.press('#input', 'Enter');
  await page.waitForFunction(() => [...document.querySelectorAll('.msg.customer:not(.pending) .text')].some((e) => e.textContent.includes('138****5678')));
  step('MASKED');

  const before = await page.locator('.msg').count();
  await page.reload();
  await page.waitForSelector('#status[data-state="active"]');
  await page.waitForFunction((n) => document.querySelectorAll('.msg').length === n, before);
  step('RELOADED', String(before));

  await page.waitForSelector('#status[data-state="closed"]', { timeout: 30000 });
  await page.click('#stars button[data-value="4"]');
  await page.click('#rating-send');
  await page.waitForFunction(() => document.getElementById('stars').hidden);
  step('RATED');
  await page.screenshot({ path: process.env.SCREENSHOT || 'customer-page.png' });
} catch (err) {
  console.log(`FAILED ${err.message.split('\n')[0]}`);
  process.exitCode = 1;
} finally {
  await browser.close();
}

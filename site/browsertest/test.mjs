// Browser test of the undersigned site, as people use it: in real headless
// Chromium (Debian's /usr/bin/chromium, driven by playwright-core), type a
// company into the search form and submit it, open a campaign from the
// results, follow its feed links and parse the feeds, download the CSV
// through the page's link and parse it, and check that pages fit a 360 px
// phone screen — once with JavaScript on and once with it off. Every step
// asserts real content from the sample corpus.
//
// Usage: node test.mjs http://127.0.0.1:PORT   (run.sh starts the server)

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

const base = (process.argv[2] || process.env.UNDERSIGNED_URL || '').replace(/\/$/, '');
if (!base) {
  console.error('usage: node test.mjs http://127.0.0.1:PORT');
  process.exit(2);
}

const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
const launchArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--no-first-run'];

// The mentions table's contract columns, in order (issue 2).
const mentionColumns = ['article_url', 'published', 'title', 'company', 'agency', 'action', 'signatures',
  'contract_value_usd', 'evidence'];
const campaignColumns = ['campaign_id', 'company', 'agency', 'action', 'signatures', 'first_reported',
  'last_reported', 'articles', 'sources'];

function step(msg) {
  console.log(`  ok  ${msg}`);
}

// parseCSV reads RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF.
function parseCSV(text) {
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  const [header, ...body] = rows;
  return { header, rows: body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]]))) };
}

// A page with JavaScript on, used only to parse feeds with the browser's
// own strict XML parser (the site's pages need no JavaScript).
let xmlPage;
async function parseXMLFeed(xml) {
  return xmlPage.evaluate((src) => {
    const doc = new DOMParser().parseFromString(src, 'application/xml');
    const err = doc.querySelector('parsererror');
    if (err) throw new Error('feed is not well-formed XML: ' + err.textContent);
    const root = doc.documentElement;
    const text = (el, sel) => el.querySelector(sel)?.textContent ?? '';
    if (root.localName === 'rss') {
      return {
        kind: 'rss', version: root.getAttribute('version'), title: text(root, 'channel > title'),
        items: [...doc.querySelectorAll('item')].map((i) => ({
          title: text(i, 'title'), link: text(i, 'link'), id: text(i, 'guid'), date: text(i, 'pubDate'),
        })),
      };
    }
    return {
      kind: root.localName, ns: root.namespaceURI, title: text(root, ':scope > title'),
      items: [...doc.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'entry')].map((e) => ({
        title: text(e, 'title'), id: text(e, 'id'), date: text(e, 'updated'),
        link: [...e.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'link')]
          .find((l) => (l.getAttribute('rel') || 'alternate') === 'alternate')?.getAttribute('href') ?? '',
      })),
    };
  }, xml);
}

async function run(browser, javaScriptEnabled) {
  const label = javaScriptEnabled ? 'JavaScript on' : 'JavaScript off';
  console.log(`\n${label}`);
  const context = await browser.newContext({ javaScriptEnabled, acceptDownloads: true });
  const page = await context.newPage();
  const offsite = [];
  const consoleErrors = [];
  page.on('request', (req) => {
    const u = req.url();
    if (!u.startsWith(base + '/') && !u.startsWith('data:')) offsite.push(u);
  });
  page.on('console', (msg) => { if (msg.type() === 'error') consoleErrors.push(msg.text()); });

  // 1. The home page, reached by keyboard: the first Tab stop skips to the content.
  const home = await page.goto(base + '/');
  assert.equal(home.status(), 200);
  assert.match(await page.title(), /undersigned/);
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  await page.keyboard.press('Tab');
  assert.equal((await page.locator(':focus').textContent()).trim(), 'Skip to main content');
  step('home page loads; the first Tab stop is the skip link');

  // 2. Search for a company as a person would: type into the labelled box, submit.
  const box = page.getByLabel('Search campaigns', { exact: true });
  await box.click();
  await box.fill('Salesforce');
  await Promise.all([
    page.waitForURL((u) => u.pathname === '/search'),
    page.locator('#search-form').getByRole('button', { name: 'Search' }).click(),
  ]);
  assert.equal(new URL(page.url()).searchParams.get('q'), 'Salesforce');
  const heading = await page.locator('#results-heading').textContent();
  assert.match(heading, /^\d+ campaigns?/);
  const result = page.getByRole('link', { name: 'Salesforce workers vs. CBP' });
  assert.equal(await result.count(), 1, 'the Salesforce campaign is among the results');
  const marks = await page.locator('ol.campaigns mark').allTextContents();
  assert.ok(marks.some((m) => m.toLowerCase() === 'salesforce'), `matched words are highlighted: ${marks}`);
  assert.equal(await page.getByLabel('Words to search for').inputValue(), 'Salesforce');
  step(`searched "Salesforce": ${heading.trim()}, matches marked (${marks.length})`);

  // 3. Open the campaign from the results.
  await Promise.all([page.waitForURL(/\/campaign\/salesforce-cbp$/), result.click()]);
  assert.equal(await page.locator('h1').textContent(), 'Salesforce workers vs. CBP');
  const facts = await page.locator('dl.facts').textContent();
  assert.match(facts, /more than 650 signatures/);
  assert.match(facts, /U\.S\. Customs and Border Protection/);
  const evidence = await page.locator('ol.sources blockquote.evidence').allTextContents();
  assert.ok(evidence.some((e) => /650 Salesforce employees/.test(e)), 'the source is quoted');
  assert.equal(await page.locator('svg[role="img"] title').first().textContent(), 'The count over time (letter)');
  const source = page.locator('ol.sources h3 a').first();
  assert.equal(await source.getAttribute('href'), '/sample/salesforce-cbp-letter.html');
  step('campaign page: count, target, quoted evidence, SVG chart, local source link');

  // 4. Follow its feed links and parse the feeds.
  const feedHref = await page.locator('section.follow a.feed', { hasText: /^RSS$/ }).getAttribute('href');
  assert.equal(feedHref, '/feed.xml?campaign=salesforce-cbp');
  const discovered = await page.locator('link[rel="alternate"][type="application/rss+xml"]').first().getAttribute('href');
  assert.equal(discovered, feedHref, 'the feed is announced in <head>');
  const rssResp = await page.request.get(new URL(feedHref, base).href);
  assert.equal(rssResp.status(), 200);
  assert.match(rssResp.headers()['content-type'], /^application\/rss\+xml/);
  const rss = await parseXMLFeed(await rssResp.text());
  assert.equal(rss.kind, 'rss');
  assert.equal(rss.version, '2.0');
  assert.ok(rss.items.length >= 1, 'the feed has items');
  for (const it of rss.items) {
    assert.equal(it.link, `${base}/campaign/salesforce-cbp`);
    assert.match(it.id, /^urn:undersigned:event:salesforce-cbp\//);
    assert.ok(!Number.isNaN(Date.parse(it.date)), `item date ${it.date}`);
  }
  const atomHref = await page.locator('section.follow a.feed', { hasText: /^Atom$/ }).getAttribute('href');
  const atom = await parseXMLFeed(await (await page.request.get(new URL(atomHref, base).href)).text());
  assert.equal(atom.ns, 'http://www.w3.org/2005/Atom');
  assert.deepEqual(atom.items.map((i) => i.id), rss.items.map((i) => i.id), 'the same ids in RSS and Atom');
  const jsonHref = await page.locator('section.follow a.feed', { hasText: /^JSON Feed$/ }).getAttribute('href');
  const jf = await (await page.request.get(new URL(jsonHref, base).href)).json();
  assert.equal(jf.version, 'https://jsonfeed.org/version/1.1');
  assert.deepEqual(jf.items.map((i) => i.id), rss.items.map((i) => i.id), 'the same ids in JSON Feed');
  step(`feeds: RSS ${rss.items.length} item(s) "${rss.items[0].title}", Atom and JSON Feed agree`);

  // 5. Download the CSV through the page's link and parse it.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('section.follow a.download', { hasText: 'mentions (CSV)' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'undersigned-mentions-salesforce-cbp.csv');
  const csv = parseCSV(await readFile(await download.path(), 'utf8'));
  assert.deepEqual(csv.header.slice(0, mentionColumns.length), mentionColumns);
  assert.ok(csv.rows.length >= 1, 'the CSV has rows');
  for (const r of csv.rows) {
    assert.equal(r.company, 'Salesforce');
    assert.equal(r.agency, 'CBP');
    assert.equal(r.article_url, 'https://sample.undersigned.invalid/salesforce-cbp-letter.html');
    assert.match(r.published, /^\d{4}-\d{2}-\d{2}$/);
  }
  assert.ok(csv.rows.some((r) => r.signatures === '650'), 'the count is a number');
  step(`mentions CSV: ${csv.rows.length} row(s), contract header, ${csv.rows[0].signatures} signatures`);

  // The search's own campaigns CSV, from the results page.
  await page.goBack();
  await page.waitForURL((u) => u.pathname === '/search');
  const [download2] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('section.follow a.download', { hasText: 'campaigns (CSV)' }).click(),
  ]);
  const campaigns = parseCSV(await readFile(await download2.path(), 'utf8'));
  assert.deepEqual(campaigns.header.slice(0, campaignColumns.length), campaignColumns);
  assert.ok(campaigns.rows.some((r) => r.campaign_id === 'salesforce-cbp'), 'the campaign is in the search export');
  step(`campaigns CSV from the search page: ${campaigns.rows.length} row(s)`);

  // On a 360 px phone no page is wider than the screen: wide tables
  // scroll in their own box.
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ['/', '/search?q=letter', '/campaign/salesforce-cbp', '/companies']) {
    const resp = await page.goto(base + path);
    assert.equal(resp.status(), 200, path);
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth,
    }));
    assert.ok(scrollWidth <= innerWidth, `${path} at 360 px: the page is ${scrollWidth} px wide, wider than the ${innerWidth} px screen`);
  }
  step('at 360 px, /, a search, a campaign and /companies fit the screen');

  assert.deepEqual(offsite, [], 'pages make no external requests');
  assert.deepEqual(consoleErrors, [], 'no console errors (CSP violations show here)');
  step('no request left the site; no console error');

  // 6. A bad query is a page that says what is wrong.
  const bad = await page.goto(base + '/search?q=%22unclosed');
  assert.equal(bad.status(), 400);
  assert.match(await page.locator('.error-message').textContent(), /unterminated quote/);
  step('a malformed query answers 400 and names the problem');
  await context.close();
}

const browser = await chromium.launch({ executablePath, args: launchArgs, headless: true });
try {
  console.log(`undersigned browser test against ${base} with ${browser.version()}`);
  xmlPage = await browser.newPage();
  await run(browser, true);
  await run(browser, false);
  console.log('\nbrowser test passed');
} catch (err) {
  console.error('\nbrowser test FAILED:', err);
  process.exitCode = 1;
} finally {
  await browser.close();
}

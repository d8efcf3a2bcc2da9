// Walks the reference rocket-backend admin UI (served separately, proxying /api to a Rocket server)
// with headless Chromium, page by page, and records for every page:
//   - every network response with status >= 400 (method, URL, status, body excerpt, request body excerpt)
//   - every browser console error and uncaught page error
//   - every error toast the UI shows
//   - a full-page screenshot  <out>/<nn>-<page>.png
// Writes <out>/report.json and <out>/report.md. Exit code 0 even when problems are found (the report is the result),
// 2 when the walk itself could not run (login failed, UI unreachable).
//
// Usage: node walk.mjs --ui http://localhost:4173 --api http://localhost:8080 --out /tmp/admin-ui \
//          --examples <dir with backend/*.json and frontend/*.json> [--schema content-management.json]
//          [--chromium /usr/bin/chromium] [--email platform@localhost] [--password changeme] [--app name]

import { chromium } from "playwright-core";
import { mkdirSync, writeFileSync, readFileSync, existsSync, mkdtempSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";

const args = Object.fromEntries(
  process.argv.slice(2).reduce((acc, a, i, all) => {
    if (a.startsWith("--")) acc.push([a.slice(2), all[i + 1] && !all[i + 1].startsWith("--") ? all[i + 1] : "true"]);
    return acc;
  }, []),
);
const UI = (args.ui || "http://localhost:4173").replace(/\/$/, "");
const API = (args.api || "").replace(/\/$/, "");
const OUT = args.out || "/tmp/admin-ui";
const EXAMPLES = args.examples || "";
const SCHEMA = args.schema || "content-management.json";
const UI_CONFIGS = args["ui-configs"] || "ui-configs-cms.json";
const EMAIL = args.email || "platform@localhost";
const PASSWORD = args.password || "changeme";
const APP = args.app || `uicheck${Date.now().toString(36)}`;
const CHROMIUM = args.chromium || "/usr/bin/chromium";
const SETTLE_MS = Number(args.settle || 1500);

mkdirSync(OUT, { recursive: true });

const pages = []; // {nn, name, path, failures:[], consoleErrors:[], pageErrors:[], toasts:[], notes:[], apiCalls:[]}
let current = null;
let counter = 0;

function begin(name, path) {
  counter += 1;
  current = {
    nn: String(counter).padStart(2, "0"),
    name,
    path,
    failures: [],
    consoleErrors: [],
    pageErrors: [],
    toasts: [],
    notes: [],
    apiCalls: [],
  };
  pages.push(current);
  return current;
}

const excerpt = (s, n = 600) => (s == null ? "" : String(s).length > n ? String(s).slice(0, n) + "…" : String(s));

async function settle(page, extra = SETTLE_MS) {
  try {
    await page.waitForLoadState("networkidle", { timeout: 8000 });
  } catch {
    current?.notes.push("network did not go idle within 8 s");
  }
  await page.waitForTimeout(extra);
}

async function collectToasts(page) {
  const texts = await page
    .$$eval(".toast-error", (els) => els.map((e) => e.textContent.replace(/\s+/g, " ").trim()))
    .catch(() => []);
  for (const t of texts) if (!current.toasts.includes(t)) current.toasts.push(t);
}

async function shot(page, suffix = "") {
  await collectToasts(page);
  const file = join(OUT, `${current.nn}-${current.name}${suffix}.png`);
  await page.screenshot({ path: file, fullPage: true }).catch((e) => current.notes.push(`screenshot failed: ${e.message}`));
  return file;
}

async function visit(page, name, path, actions) {
  begin(name, path);
  if (path) {
    await page.goto(UI + "/admin" + path, { waitUntil: "domcontentloaded" }).catch((e) => current.notes.push(`goto failed: ${e.message}`));
    await settle(page);
    const landed = new URL(page.url()).pathname;
    if (landed !== "/admin" + path) current.notes.push(`redirected to ${landed}`);
  }
  if (actions) {
    try {
      await actions(page);
    } catch (e) {
      current.notes.push(`walk step failed: ${e.message.split("\n")[0]}`);
    }
  }
  await shot(page);
  let visible = await page.evaluate(() => document.body?.innerText || "").catch(() => "");
  if (visible.includes("\nLogout\n")) visible = visible.slice(visible.indexOf("\nLogout\n") + 8); // drop the sidebar
  current.textExcerpt = excerpt(visible.replace(/\s+/g, " "), 700);
}

// Click a button by its visible text (first match); returns false when absent.
async function clickText(page, text, { exact = true, scope = page } = {}) {
  const loc = scope.getByRole("button", { name: text, exact }).first();
  if ((await loc.count()) === 0) return false;
  await loc.click({ timeout: 5000 });
  return true;
}

// Open the first row's editor on a list page (button "Edit"), screenshot it, then save it unchanged
// (this round-trips the UI's own payload shape through the API), or close it when there is no Save.
async function openFirstEditor(page, label = "edit") {
  const ok = await clickText(page, "Edit");
  if (!ok) {
    current.notes.push("no Edit button (list empty?)");
    return;
  }
  await settle(page, 800);
  await shot(page, `-${label}`);
  const panel = page.locator(".modal-panel, .modal-overlay").last();
  const save = panel.getByRole("button", { name: /^(Save|Update)$/ }).last();
  if ((await save.count()) > 0 && (await save.isVisible().catch(() => false))) {
    const resp = page.waitForResponse((r) => ["PUT", "POST"].includes(r.request().method()) && r.url().includes("/api/"), { timeout: 15000 });
    await save.click();
    try {
      const r = await resp;
      current.notes.push(`saved unchanged: ${r.request().method()} ${new URL(r.url()).pathname} → ${r.status()}`);
    } catch {
      current.notes.push("Save sent no request");
    }
    await settle(page, 800);
    await shot(page, `-${label}-saved`);
  }
  await page.keyboard.press("Escape").catch(() => {});
  const cancel = page.getByRole("button", { name: "Cancel", exact: true }).first();
  if ((await cancel.count()) > 0 && (await cancel.isVisible().catch(() => false))) await cancel.click().catch(() => {});
  await page.waitForTimeout(300);
}

// Fill every editable text-like input of a record form with a plausible value.
async function fillForm(scope) {
  const inputs = scope.locator('input.form-input:not([type="file"]), textarea.form-input');
  const n = await inputs.count();
  for (let i = 0; i < n; i++) {
    const inp = inputs.nth(i);
    const type = (await inp.getAttribute("type")) || "text";
    if (!(await inp.isEditable().catch(() => false))) continue;
    if ((await inp.getAttribute("placeholder"))?.includes("auto-generate")) continue;
    const v =
      type === "number" ? "7" : type === "email" ? `ui${i}@example.com` : type === "datetime-local" ? "2026-01-02T03:04" : type === "date" ? "2026-01-02" : `ui check ${i}`;
    await inp.fill(v).catch(() => {});
  }
  const selects = scope.locator("select.form-select:not([disabled])");
  const m = await selects.count();
  for (let i = 0; i < m; i++) {
    const sel = selects.nth(i);
    if ((await sel.inputValue().catch(() => "x")) !== "") continue;
    const values = await sel.locator("option").evaluateAll((os) => os.map((o) => o.value).filter((v) => v !== ""));
    if (values.length) await sel.selectOption(values[0]).catch(() => {});
  }
}

// Open the first row's visual (diagram) editor when the list offers one.
async function openVisual(page) {
  if (!(await clickText(page, "Visual"))) return;
  await settle(page, 800);
  await shot(page, "-visual");
  await page.keyboard.press("Escape").catch(() => {});
  const close = page.locator(".modal-close").first();
  if ((await close.count()) > 0 && (await close.isVisible().catch(() => false))) await close.click().catch(() => {});
  await page.waitForTimeout(300);
}

async function main() {
  const userDataDir = mkdtempSync(join(tmpdir(), "admin-ui-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
    viewport: { width: 1400, height: 900 },
  });
  const page = context.pages()[0] || (await context.newPage());

  page.on("console", (msg) => {
    if (msg.type() !== "error" || !current) return;
    const loc = msg.location()?.url;
    current.consoleErrors.push(excerpt(msg.text() + (loc && msg.text().startsWith("Failed to load resource") ? ` (${loc.replace(UI, "")})` : ""), 400));
  });
  page.on("pageerror", (err) => current && current.pageErrors.push(excerpt(err.stack || err.message, 600)));
  page.on("requestfailed", (req) => {
    if (!current) return;
    const f = req.failure()?.errorText || "failed";
    if (f.includes("ERR_ABORTED")) return; // navigation away
    current.failures.push({ method: req.method(), url: req.url(), status: 0, body: f });
  });
  page.on("response", async (res) => {
    if (!current) return;
    const url = res.url();
    const req = res.request();
    if (url.includes("/api/")) current.apiCalls.push(`${req.method()} ${url.replace(UI, "")} → ${res.status()}`);
    if (res.status() >= 400) {
      const rec = { method: req.method(), url: url.replace(UI, ""), status: res.status(), requestBody: excerpt(req.postData(), 400) };
      current.failures.push(rec);
      rec.body = excerpt(await res.text().catch(() => "<no body>"));
    }
  });

  // 1. login
  await visit(page, "login", "/login", async (p) => {
    await p.fill('input[type="email"]', EMAIL);
    await p.fill('input[type="password"]', PASSWORD);
    await Promise.all([p.waitForURL(/\/admin\/apps/, { timeout: 15000 }), p.click('button[type="submit"]')]);
    await settle(p);
  });
  if (!page.url().includes("/admin/apps")) {
    writeReport();
    console.error("login failed; see report");
    await context.close();
    process.exit(2);
  }

  // 2. apps list + create app through the UI
  await visit(page, "apps-create", null, async (p) => {
    await clickText(p, "Create App");
    await p.fill("#app-name", APP);
    await p.fill("#app-display", `UI check ${APP}`);
    await Promise.all([
      p.waitForResponse((r) => r.url().endsWith("/api/_platform/apps") && r.request().method() === "POST", { timeout: 60000 }),
      p.click('button[type="submit"]'),
    ]);
    await settle(p);
  });
  await visit(page, "apps-list", "/apps");

  // 3. open the app (sets the selected app, lands on entities with the onboarding wizard)
  await visit(page, "entities-wizard", null, async (p) => {
    const row = p.locator("tr", { hasText: APP }).first();
    await row.getByRole("button", { name: "Open", exact: true }).click();
    await settle(p);
  });

  // 4. import a reference example schema through the entities page
  const schemaPath = EXAMPLES ? join(EXAMPLES, "backend", SCHEMA) : "";
  await visit(page, "entities-import", null, async (p) => {
    await p.evaluate((app) => localStorage.setItem(`rocket_wizard_dismissed_${app}`, "true"), APP);
    await p.reload({ waitUntil: "domcontentloaded" });
    await settle(p);
    if (!schemaPath || !existsSync(schemaPath)) {
      current.notes.push(`schema file not found: ${schemaPath}`);
      return;
    }
    await Promise.all([
      p.waitForResponse((r) => r.url().includes("/_admin/import"), { timeout: 120000 }),
      p.setInputFiles('input[type="file"][accept=".json"]', schemaPath),
    ]);
    await settle(p, 2500);
  });
  const schema = schemaPath && existsSync(schemaPath) ? JSON.parse(readFileSync(schemaPath, "utf8")) : { entities: [] };
  const entityNames = schema.entities.map((e) => e.name);
  const mainEntity = entityNames.includes("post") ? "post" : entityNames[0];
  const simpleEntity = entityNames.includes("tag") ? "tag" : entityNames[entityNames.length - 1];

  await visit(page, "entities", "/entities");
  await visit(page, "entity-detail", `/entities/${mainEntity}`, async (p) => {
    // save the definition unchanged (PUT /_admin/entities/{name} with the UI's payload)
    const resp = p.waitForResponse((r) => r.url().includes(`/_admin/entities/${mainEntity}`) && r.request().method() === "PUT", { timeout: 15000 });
    await clickText(p, "Save");
    const r = await resp;
    current.notes.push(`saved unchanged: PUT → ${r.status()}`);
    await settle(p);
  });
  await visit(page, "entity-new", "/entities/new");
  await visit(page, "relations", "/relations", (p) => openFirstEditor(p));
  await visit(page, "erd", "/erd");
  await visit(page, "rules", "/rules", (p) => openFirstEditor(p));
  await visit(page, "state-machines", "/state-machines", async (p) => {
    await openFirstEditor(p);
    await openVisual(p);
  });
  await visit(page, "workflows", "/workflows", async (p) => {
    await openFirstEditor(p);
    await openVisual(p);
  });
  await visit(page, "permissions", "/permissions", (p) => openFirstEditor(p));
  await visit(page, "webhooks", "/webhooks", (p) => openFirstEditor(p));
  await visit(page, "users", "/users", (p) => openFirstEditor(p));
  await visit(page, "invites", "/invites", async (p) => {
    if (!(await clickText(p, "Send Invite"))) return;
    await settle(p, 500);
    const panel = p.locator(".modal-panel, .modal-overlay").last();
    await panel.locator('input[type="email"]').first().fill(`invitee-${APP}@example.com`);
    const roles = panel.locator('input[placeholder="editor, viewer"]').first();
    if ((await roles.count()) > 0) await roles.fill("viewer");
    await Promise.all([
      p.waitForResponse((r) => r.url().includes("/_admin/invites") && r.request().method() === "POST", { timeout: 15000 }),
      panel.getByRole("button", { name: "Send Invite", exact: true }).last().click(),
    ]);
    await settle(p);
  });

  // 5. records: browse, list of the main entity, create + inline edit + full edit on the simple entity
  await visit(page, "data", "/data");
  await visit(page, `data-${mainEntity}`, `/data/${mainEntity}`);
  await visit(page, `data-${simpleEntity}-create`, `/data/${simpleEntity}`, async (p) => {
    await clickText(p, "Create Record");
    await settle(p, 500);
    const modal = p.locator(".modal-body").last();
    await fillForm(modal);
    await shot(p, "-form");
    await Promise.all([
      p.waitForResponse((r) => r.url().includes(`/${simpleEntity}`) && r.request().method() === "POST", { timeout: 15000 }),
      clickText(p, "Create", { scope: modal }),
    ]);
    await settle(p);
  });
  await visit(page, `data-${simpleEntity}-edit`, null, async (p) => {
    const row = p.locator("tr", { hasText: "ui check" }).first();
    if ((await row.count()) === 0) {
      current.notes.push("created record not visible in list");
      return;
    }
    await row.getByRole("button", { name: "Expand", exact: true }).click();
    await settle(p, 500);
    const modal = p.locator(".modal-body").last();
    const first = modal.locator("input.form-input").first();
    await first.fill("ui check edited");
    await shot(p, "-form");
    await Promise.all([
      p.waitForResponse((r) => r.url().includes(`/${simpleEntity}/`) && r.request().method() === "PUT", { timeout: 15000 }),
      clickText(p, "Update", { scope: modal }),
    ]);
    await settle(p);
  });
  await visit(page, `data-${simpleEntity}-inline-edit`, null, async (p) => {
    const row = p.locator("tr", { hasText: "ui check" }).first();
    if ((await row.count()) === 0) return;
    await row.getByRole("button", { name: "Edit", exact: true }).click();
    await settle(p, 300);
    const inp = p.locator('tr.table-row-editing input:not([type="checkbox"]):not([type="file"])').first();
    if ((await inp.count()) > 0) await inp.fill("ui check inline");
    await Promise.all([
      p.waitForResponse((r) => r.request().method() === "PUT", { timeout: 15000 }),
      p.locator("tr.table-row-editing").getByRole("button", { name: "Save", exact: true }).click(),
    ]);
    await settle(p);
  });

  // 5b. move a record through its state machine with the full editor (fires workflows and webhooks)
  const smDef = (schema.state_machines || [])[0];
  const smTransition = smDef?.definition?.transitions?.find((t) => [].concat(t.from).includes(smDef.definition.initial));
  if (smDef && smTransition) {
    await visit(page, `data-${smDef.entity}-transition`, `/data/${smDef.entity}`, async (p) => {
      const stateCell = p.locator("td", { hasText: new RegExp(`^\\s*${smDef.definition.initial}\\s*$`) }).first();
      if ((await stateCell.count()) === 0) {
        current.notes.push(`no ${smDef.entity} row in state ${smDef.definition.initial}`);
        return;
      }
      const row = p.locator("tr", { has: stateCell }).first();
      await row.getByRole("button", { name: "Expand", exact: true }).click();
      await settle(p, 500);
      const modal = p.locator(".modal-body").last();
      const field = smDef.field || smDef.definition.field || "status";
      const input = modal.locator(`xpath=.//label[normalize-space(text()[1])="${field}"]/following-sibling::*[1]/descendant-or-self::*[self::input or self::select][1]`);
      if ((await input.count()) === 0) {
        current.notes.push(`no ${field} input in the editor`);
        return;
      }
      if ((await input.evaluate((e) => e.tagName)) === "SELECT") await input.selectOption(smTransition.to);
      else await input.fill(smTransition.to);
      await shot(p, "-form");
      await Promise.all([
        p.waitForResponse((r) => r.url().includes(`/${smDef.entity}/`) && r.request().method() === "PUT", { timeout: 15000 }),
        clickText(p, "Update", { scope: modal }),
      ]);
      await settle(p, 2500);
    });
  }
  // 5c. create a record whose webhook fires on create (so webhook logs have a delivery to show)
  const hookOnCreate = (schema.webhooks || []).find((w) => !w.condition || /create/.test(w.condition));
  if (hookOnCreate) {
    await visit(page, `data-${hookOnCreate.entity}-create-webhook`, `/data/${hookOnCreate.entity}`, async (p) => {
      await clickText(p, "Create Record");
      await settle(p, 800);
      const modal = p.locator(".modal-body").last();
      await fillForm(modal);
      await shot(p, "-form");
      await Promise.all([
        p.waitForResponse((r) => r.url().includes(`/${hookOnCreate.entity}`) && r.request().method() === "POST", { timeout: 15000 }),
        clickText(p, "Create", { scope: modal }),
      ]);
      await settle(p, 3000);
    });
  }

  await visit(page, "workflow-monitor", "/workflow-monitor", async (p) => {
    if (!(await clickText(p, "View"))) {
      current.notes.push("no workflow instance listed");
      return;
    }
    await settle(p, 800);
    await shot(p, "-detail");
    await page.keyboard.press("Escape").catch(() => {});
    const close = p.locator(".modal-close").first();
    if ((await close.count()) > 0 && (await close.isVisible().catch(() => false))) await close.click().catch(() => {});
    await p.waitForTimeout(300);
    if (await clickText(p, "Approve")) {
      await p.waitForTimeout(300);
      await Promise.all([
        p.waitForResponse((r) => r.url().includes("/approve"), { timeout: 15000 }),
        p.locator(".modal-panel").last().getByRole("button", { name: "Approve", exact: true }).click(),
      ]);
      await settle(p);
    }
  });

  // 6. files: upload through a file-typed field of a record form, when the schema has one
  const fileEntity = schema.entities.find((e) => e.fields.some((f) => f.type === "file"));
  if (fileEntity) {
    await visit(page, `files-upload-${fileEntity.name}`, `/data/${fileEntity.name}`, async (p) => {
      await clickText(p, "Create Record");
      await settle(p, 500);
      const tmpFile = join(OUT, "upload-sample.txt");
      writeFileSync(tmpFile, "hello from the admin UI check\n");
      await Promise.all([
        p.waitForResponse((r) => r.url().includes("/_files/upload"), { timeout: 15000 }),
        p.locator('.modal-body input[type="file"]').first().setInputFiles(tmpFile),
      ]);
      await settle(p, 800);
      const modal = p.locator(".modal-body").last();
      await fillForm(modal);
      await shot(p, "-form");
      await Promise.all([
        p.waitForResponse((r) => r.url().includes(`/${fileEntity.name}`) && r.request().method() === "POST", { timeout: 15000 }),
        clickText(p, "Create", { scope: modal }),
      ]);
      await settle(p);
    });
  }

  // 7. UI configs: list, import a reference example through the page's file input
  const uiConfigPath = EXAMPLES ? join(EXAMPLES, "frontend", UI_CONFIGS) : "";
  await visit(page, "ui-configs", "/ui-configs", async (p) => {
    if (!uiConfigPath || !existsSync(uiConfigPath)) return;
    const input = p.locator('input[type="file"][accept=".json"]').first();
    if ((await input.count()) === 0) {
      current.notes.push("no import input on ui-configs page");
      return;
    }
    await input.setInputFiles(uiConfigPath);
    await settle(p, 2500);
    await shot(p, "-after-import");
  });

  // 8. webhook logs, events, trace, stats, dashboard, playground, AI generator, help
  await visit(page, "webhook-logs", "/webhook-logs", async (p) => {
    if (await clickText(p, "Retry")) await settle(p);
  });
  await visit(page, "events", "/events");
  await visit(page, "events-trace", null, async (p) => {
    let row = p.locator("tbody tr", { hasText: "record.update" }).first();
    if ((await row.count()) === 0) row = p.locator("tbody tr", { hasText: "record." }).first();
    if ((await row.count()) === 0) row = p.locator("tbody tr").first();
    if ((await row.count()) === 0) {
      current.notes.push("no event rows to open a trace from");
      return;
    }
    await row.click();
    await settle(p);
    current.path = new URL(p.url()).pathname;
  });
  await visit(page, "events-stats", "/events/stats");
  await visit(page, "dashboard", "/dashboard");
  await visit(page, "playground", "/playground", async (p) => {
    await p.locator("select.form-select").first().selectOption(mainEntity);
    await settle(p, 300);
    const send = p.getByRole("button", { name: /^Send/ }).first();
    if ((await send.count()) > 0) {
      await send.click();
      await settle(p, 800);
    }
  });
  await visit(page, "ai-generate", "/ai-generate");
  await visit(page, "help", "/help");

  writeReport();
  await context.close();
}

function writeReport() {
  writeFileSync(join(OUT, "report.json"), JSON.stringify({ ui: UI, api: API, app: APP, pages }, null, 2));
  const lines = [`# Admin UI walk`, ``, `UI ${UI} · API ${API || "(via UI proxy)"} · app \`${APP}\``, ``];
  const bad = pages.filter((p) => p.failures.length || p.consoleErrors.length || p.pageErrors.length || p.toasts.length);
  lines.push(`Pages walked: ${pages.length}; with problems: ${bad.length}`, ``);
  lines.push(`| # | page | path | ≥400 | console errors | page errors | error toasts | notes |`, `|---|---|---|---|---|---|---|---|`);
  for (const p of pages)
    lines.push(
      `| ${p.nn} | ${p.name} | ${p.path || ""} | ${p.failures.length} | ${p.consoleErrors.length} | ${p.pageErrors.length} | ${p.toasts.length} | ${p.notes.join("; ")} |`,
    );
  for (const p of bad) {
    lines.push(``, `## ${p.nn} ${p.name}`);
    for (const f of p.failures) lines.push(`- \`${f.method} ${f.url}\` → **${f.status}** ${f.requestBody ? `request \`${f.requestBody}\` ` : ""}response \`${(f.body || "").replace(/`/g, "'")}\``);
    for (const c of p.consoleErrors) lines.push(`- console: \`${c.replace(/`/g, "'")}\``);
    for (const e of p.pageErrors) lines.push(`- page error: \`${e.split("\n")[0].replace(/`/g, "'")}\``);
    for (const t of p.toasts) lines.push(`- toast: ${t}`);
  }
  writeFileSync(join(OUT, "report.md"), lines.join("\n") + "\n");
  console.log(lines.slice(0, 6 + pages.length).join("\n"));
}

main().catch((e) => {
  console.error(e);
  try {
    writeReport();
  } catch {}
  process.exit(2);
});

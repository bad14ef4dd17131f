import { test } from "node:test";
import * as assert from "node:assert/strict";
import * as fs from "fs";
import * as path from "path";
import { planRoutes, loadRoutes } from "../src/routes";
import { run } from "./harness";

const all = ["azure", "aws", "gcp"] as const;

test("routes: a route to an unknown destination fails, naming route and destination", () => {
    const table = JSON.stringify({ routes: [{ name: "to-mars", from: ["aws"], to: ["gcp", "mars"] }] });
    assert.throws(() => planRoutes(table, [...all]), /route 'to-mars'.*unknown destination 'mars'/);
    assert.throws(() => planRoutes(JSON.stringify({ routes: [{ name: "x", from: ["venus"], to: ["aws"] }] }), [...all]), /'venus'/);
    assert.throws(() => planRoutes(JSON.stringify({ routes: [{ name: "x", to: [] }] }), [...all]), /non-empty/);
});

test("routes: the whole program fails before creating anything when a route targets a cloud the stack leaves out", async () => {
    const table = { routes: [{ name: "orders-to-azure", from: ["aws"], to: ["azure"] }] };
    await assert.rejects(run({ clouds: "aws,gcp" }, table), /route 'orders-to-azure' sends to 'azure', which this stack does not deploy/);
    await assert.rejects(run({}, { routes: [{ name: "bad", to: ["azure", "ibm"] }] }), /unknown destination 'ibm'/);
});

test("routes: a route that applies only in clouds the stack leaves out does not block it", () => {
    const table = JSON.stringify({ routes: [{ name: "azure-only", from: ["azure"], to: ["aws"] }, { name: "g", from: ["aws"], to: ["gcp"] }] });
    const plan = planRoutes(table, ["aws", "gcp"]);
    assert.deepEqual(plan.destinationsOf("aws"), ["gcp"]);
    assert.deepEqual(plan.destinationsOf("gcp"), []);
});

test("routes: destinations are the union of applying routes, never the function's own cloud", () => {
    const table = JSON.stringify({ routes: [
        { name: "broadcast", to: ["azure", "aws", "gcp"] },
        { name: "g", from: ["gcp"], to: ["azure"] },
    ] });
    const plan = planRoutes(table, [...all]);
    assert.deepEqual(plan.destinationsOf("aws"), ["azure", "gcp"]);
    assert.deepEqual(plan.destinationsOf("gcp"), ["azure", "aws"]);
    assert.equal(plan.json, JSON.stringify(JSON.parse(table)));
});

test("routes: a missing or malformed table fails with the file's name", () => {
    assert.throws(() => loadRoutes(path.join("/nonexistent", "routes.json"), [...all]), /routes\.json not found/);
    const dir = fs.mkdtempSync(path.join(require("os").tmpdir(), "evroute-bad-"));
    const file = path.join(dir, "routes.json");
    fs.writeFileSync(file, "{ not json");
    assert.throws(() => loadRoutes(file, [...all]), /is not valid JSON/);
    fs.writeFileSync(file, JSON.stringify({ maxHops: 4 }));
    assert.throws(() => loadRoutes(file, [...all]), /has no "routes" array/);
});

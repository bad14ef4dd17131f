import * as fs from "fs";
import { allClouds, CloudName } from "./config";

/** One route as routes.json spells it (shared/Serverless.Routing/routes.schema.json); the filter is the functions' business. */
export interface RouteSpec {
    name: string;
    from?: CloudName[];
    to: CloudName[];
    filter?: unknown;
}

/** The routing table the functions receive, and what the program needs of it. */
export interface RoutingPlan {
    /** The table as compact JSON, exactly what the functions load. */
    json: string;
    routes: RouteSpec[];
    /** The other clouds an event arriving in `cloud` can be forwarded to (the router never sends to its own cloud). */
    destinationsOf(cloud: CloudName): CloudName[];
}

function cloudList(value: unknown, where: string): CloudName[] {
    if (!Array.isArray(value) || value.length === 0) {
        throw new Error(`${where} must be a non-empty array of cloud names`);
    }
    return value.map((v) => {
        if (!(allClouds as readonly unknown[]).includes(v)) {
            throw new Error(`${where} names unknown destination '${String(v)}': expected azure, aws or gcp`);
        }
        return v as CloudName;
    });
}

/**
 * Parses a routing table and checks it against the clouds this stack deploys: a route that applies in a deployed
 * cloud and names a destination the stack does not have (unknown, or left out of evroute:clouds) throws, naming the
 * route, so `pulumi up` stops before anything is half-wired.
 */
export function planRoutes(text: string, enabled: readonly CloudName[], source = "routes.json"): RoutingPlan {
    let table: { routes?: unknown };
    try {
        table = JSON.parse(text) as { routes?: unknown };
    } catch (e) {
        throw new Error(`${source} is not valid JSON: ${(e as Error).message}`);
    }
    if (typeof table !== "object" || table === null || !Array.isArray(table.routes)) {
        throw new Error(`${source} has no "routes" array`);
    }
    const routes = (table.routes as Record<string, unknown>[]).map((r, i): RouteSpec => {
        const name = typeof r?.name === "string" && r.name !== "" ? r.name : `#${i}`;
        const where = `${source}: route '${name}'`;
        return {
            name,
            from: r.from === undefined ? undefined : cloudList(r.from, `${where} "from"`),
            to: cloudList(r.to, `${where} "to"`),
            filter: r.filter,
        };
    });
    for (const route of routes) {
        const appliesIn = (route.from ?? [...allClouds]).filter((c) => enabled.includes(c));
        for (const dest of route.to) {
            const needed = appliesIn.some((c) => c !== dest);
            if (needed && !enabled.includes(dest)) {
                throw new Error(
                    `${source}: route '${route.name}' sends to '${dest}', which this stack does not deploy ` +
                    `(evroute:clouds is ${enabled.join(",")}); add it to evroute:clouds or change the route`);
            }
        }
    }
    return {
        json: JSON.stringify(table),
        routes,
        destinationsOf(cloud: CloudName): CloudName[] {
            const out = new Set<CloudName>();
            for (const r of routes) {
                if (r.from === undefined || r.from.includes(cloud)) {
                    r.to.filter((d) => d !== cloud).forEach((d) => out.add(d));
                }
            }
            return allClouds.filter((c) => out.has(c));
        },
    };
}

/** Reads routes.json from disk (the same file the functions package) and plans it. */
export function loadRoutes(file: string, enabled: readonly CloudName[]): RoutingPlan {
    if (!fs.existsSync(file)) {
        throw new Error(`routing table ${file} not found: set evroute:routesFile or create routes.json at the repository root`);
    }
    return planRoutes(fs.readFileSync(file, "utf8"), enabled, file);
}

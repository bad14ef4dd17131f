import { test } from "node:test";
import * as assert from "node:assert/strict";
import { run, subscription } from "./harness";

const roleIds = {
    processor: "8a0f0c08-91a1-4084-bc3d-661d67233fed",
    sender: "c6a89b2d-59bc-44d0-9896-0f6e12d7b80a",
    reader: "19e7f393-937e-4f77-808e-94535e297925",
    blobOwner: "b7e6dc6d-f1e8-4753-8033-0f276bb0955b",
    secretsUser: "4633458b-17de-408a-b874-0445c86b69e6",
};

test("azure: every storage account is hardened; shared keys only where a SAS must be signed", async () => {
    const r = await run();
    for (const acct of r.of("azure-native:storage:StorageAccount")) {
        assert.equal(acct.inputs.minimumTlsVersion, "TLS1_2", acct.name);
        assert.equal(acct.inputs.allowBlobPublicAccess, false, acct.name);
        assert.equal(acct.inputs.enableHttpsTrafficOnly, true, acct.name);
        assert.equal(acct.inputs.defaultToOAuthAuthentication, true, acct.name);
    }
    assert.equal(r.one("azure-native:storage:StorageAccount", "azure-host").inputs.allowSharedKeyAccess, false);
    // AWS and GCP send into Azure here, with an account-key-signed SAS.
    assert.equal(r.one("azure-native:storage:StorageAccount", "azure-queues").inputs.allowSharedKeyAccess, true);
    const noSenders = await run({}, { routes: [{ name: "out", from: ["azure"], to: ["aws", "gcp"] }] });
    assert.equal(noSenders.one("azure-native:storage:StorageAccount", "azure-queues").inputs.allowSharedKeyAccess, false);
    assert.equal(noSenders.of("azure-native:storage:StorageAccount").every((a) => a.inputs.allowSharedKeyAccess === false), true);
});

test("azure: the inbound queue has its poison queue and an alert on writes to it", async () => {
    const r = await run({ alarmEmail: "ops@example.com", azureQueueName: "orders-in" });
    const names = r.of("azure-native:storage:Queue").map((q) => q.inputs.queueName).sort();
    assert.deepEqual(names, ["orders-in", "orders-in-poison"]);
    const rule = r.one("azure-native:monitor:ScheduledQueryRule", "azure-poison-alert").inputs;
    assert.match(rule.criteria.allOf[0].query, /PutMessage.*\/orders-in-poison\/messages/);
    assert.equal(rule.criteria.allOf[0].operator, "GreaterThan");
    assert.equal(rule.criteria.allOf[0].threshold, 0);
    const workspace = r.one("azure-native:operationalinsights:Workspace", "azure-logs").id;
    assert.deepEqual(rule.scopes, [workspace]);
    assert.deepEqual(rule.actions.actionGroups, [r.one("azure-native:monitor:ActionGroup", "azure-alarms").id]);
    const diag = r.one("azure-native:monitor:DiagnosticSetting", "azure-queue-logs").inputs;
    assert.equal(diag.resourceUri, `${r.one("azure-native:storage:StorageAccount", "azure-queues").id}/queueServices/default`);
    assert.equal(diag.workspaceId, workspace);
    const app = r.one("azure-native:web:WebApp", "azure-function").inputs;
    const setting = (n: string) => app.siteConfig.appSettings.find((x: any) => x.name === n)?.value;
    assert.equal(setting("EVROUTE_INBOUND_QUEUE"), "orders-in");
    assert.equal(setting("EVROUTE_DEADLETTER_QUEUE"), "orders-in-poison");
});

test("azure: a Linux .NET isolated Function App on Flex Consumption, deployed from a blob container with its identity", async () => {
    const r = await run({ azureMaximumInstanceCount: "12" });
    const plan = r.one("azure-native:web:AppServicePlan", "azure-plan");
    assert.deepEqual(plan.inputs.sku, { name: "FC1", tier: "FlexConsumption" });
    assert.equal(plan.inputs.reserved, true);
    const app = r.one("azure-native:web:WebApp", "azure-function").inputs;
    const identity = r.one("azure-native:managedidentity:UserAssignedIdentity", "azure-function-identity");
    assert.equal(app.kind, "functionapp,linux");
    assert.equal(app.serverFarmId, plan.id);
    assert.equal(app.httpsOnly, true);
    assert.deepEqual(app.functionAppConfig.runtime, { name: "dotnet-isolated", version: "10.0" });
    assert.equal(app.functionAppConfig.scaleAndConcurrency.maximumInstanceCount, 12);
    const deployment = app.functionAppConfig.deployment.storage;
    assert.equal(deployment.type, "blobContainer");
    assert.match(deployment.value, /^https:\/\/[a-z0-9]+\.blob\.core\.windows\.net\/app-package$/);
    assert.deepEqual(deployment.authentication, { type: "UserAssignedIdentity", userAssignedIdentityResourceId: identity.id });
    assert.deepEqual(app.identity, { type: "UserAssigned", userAssignedIdentities: [identity.id] });
    const insights = r.one("azure-native:applicationinsights:Component", "azure-insights").inputs;
    assert.equal(insights.workspaceResourceId, r.one("azure-native:operationalinsights:Workspace", "azure-logs").id);
});

test("azure: role assignments grant only the listed roles, each on one queue, container or secret", async () => {
    const r = await run();
    const id = (type: string, name: string) => r.one(type, name).id;
    const inbound = id("azure-native:storage:Queue", "azure-inbound");
    const poison = id("azure-native:storage:Queue", "azure-poison");
    const containers = r.of("azure-native:storage:BlobContainer").map((c) => c.id).sort();
    const secrets = r.of("azure-native:keyvault:Secret").map((c) => c.id).sort();
    const principal = r.one("azure-native:managedidentity:UserAssignedIdentity", "azure-function-identity").state.principalId;
    const granted: Record<string, string[]> = {};
    for (const ra of r.of("azure-native:authorization:RoleAssignment")) {
        const prefix = `/subscriptions/${subscription}/providers/Microsoft.Authorization/roleDefinitions/`;
        assert.ok(ra.inputs.roleDefinitionId.startsWith(prefix), ra.inputs.roleDefinitionId);
        assert.equal(ra.inputs.principalId, principal);
        const role = ra.inputs.roleDefinitionId.slice(prefix.length);
        (granted[role] ??= []).push(ra.inputs.scope);
    }
    for (const list of Object.values(granted)) {
        list.sort();
    }
    assert.deepEqual(granted, {
        [roleIds.processor]: [inbound],
        [roleIds.reader]: [inbound],
        [roleIds.sender]: [poison],
        [roleIds.blobOwner]: containers,
        [roleIds.secretsUser]: secrets,
    });
});

import * as path from "path";
import * as pulumi from "@pulumi/pulumi";
import * as applicationinsights from "@pulumi/azure-native/applicationinsights";
import * as keyvault from "@pulumi/azure-native/keyvault";
import * as managedidentity from "@pulumi/azure-native/managedidentity";
import * as storage from "@pulumi/azure-native/storage";
import * as web from "@pulumi/azure-native/web";
import { Settings } from "./config";
import { RoutingPlan } from "./routes";
import { AzureInbound, grant, hardened } from "./azure";
import { createAzureAlert } from "./azureAlert";
import { alnum, secretKey, Setting, stackHash } from "./wiring";

export interface AzureFunction {
    app: web.WebApp;
    consoleUrl: pulumi.Output<string>;
    deployCommand: pulumi.Output<string>;
}

type AppSetting = { name: string; value: pulumi.Input<string> };

/** Secret settings go to Key Vault; the app setting is a Key Vault reference resolved with the app's identity. */
function keyVaultSettings(s: Settings, inbound: AzureInbound, identity: managedidentity.UserAssignedIdentity, settings: Setting[]): AppSetting[] {
    const secrets = settings.filter((x) => x.kind === "secret");
    if (secrets.length === 0) {
        return [];
    }
    const opts = { provider: inbound.provider };
    const vault = new keyvault.Vault("azure-vault", {
        vaultName: `${alnum(s.prefix, 12)}-kv-${stackHash(8)}`,
        resourceGroupName: inbound.resourceGroup.name,
        properties: {
            tenantId: inbound.tenantId,
            sku: { family: "A", name: "standard" },
            enableRbacAuthorization: true,
            enableSoftDelete: true,
            softDeleteRetentionInDays: 7,
        },
    }, opts);
    return secrets.map((setting) => {
        const key = secretKey(setting.name);
        const stored = new keyvault.Secret(`azure-secret-${key}`, {
            resourceGroupName: inbound.resourceGroup.name,
            vaultName: vault.name,
            secretName: key,
            properties: { value: setting.value },
        }, opts);
        grant(inbound, `azure-secret-${key}-reader`, "keyVaultSecretsUser", identity.principalId, stored.id);
        return { name: setting.name, value: pulumi.interpolate`@Microsoft.KeyVault(SecretUri=${pulumi.unsecret(stored.properties.secretUri)})` };
    });
}

export function createAzureFunction(s: Settings, inbound: AzureInbound, routes: RoutingPlan, settings: Setting[]): AzureFunction {
    const opts = { provider: inbound.provider };
    const rg = inbound.resourceGroup.name;
    // Host storage and the deployment container: reached only with the identity, so shared keys are off.
    const host = new storage.StorageAccount("azure-host", {
        accountName: `${alnum(s.prefix, 14)}h${stackHash(8)}`,
        resourceGroupName: rg,
        ...hardened(false),
    }, opts);
    const containers = ["app-package", "azure-webjobs-hosts", "azure-webjobs-secrets"].map((name) =>
        new storage.BlobContainer(`azure-container-${name}`, { accountName: host.name, resourceGroupName: rg, containerName: name, publicAccess: "None" }, opts));
    const identity = new managedidentity.UserAssignedIdentity("azure-function-identity", { resourceGroupName: rg }, opts);
    const grants = [
        grant(inbound, "azure-inbound-processor", "queueMessageProcessor", identity.principalId, inbound.queue.id),
        // The trigger reads the queue's length to scale; Reader on the same queue only.
        grant(inbound, "azure-inbound-reader", "queueReader", identity.principalId, inbound.queue.id),
        grant(inbound, "azure-poison-sender", "queueMessageSender", identity.principalId, inbound.poison.id),
        ...containers.map((c, i) => grant(inbound, `azure-blob-owner-${i}`, "blobOwner", identity.principalId, c.id)),
    ];
    const insights = new applicationinsights.Component("azure-insights", {
        resourceGroupName: rg,
        kind: "web",
        applicationType: "web",
        workspaceResourceId: inbound.workspace.id,
        ingestionMode: "LogAnalytics",
    }, opts);
    const plan = new web.AppServicePlan("azure-plan", {
        resourceGroupName: rg,
        kind: "functionapp",
        reserved: true,
        sku: { name: "FC1", tier: "FlexConsumption" },
    }, opts);
    const own: AppSetting[] = [
        { name: "AzureWebJobsStorage__accountName", value: host.name },
        { name: "AzureWebJobsStorage__credential", value: "managedidentity" },
        { name: "AzureWebJobsStorage__clientId", value: identity.clientId },
        // Not a secret (it only names where telemetry goes); listed as such in the settings scan.
        { name: "APPLICATIONINSIGHTS_CONNECTION_STRING", value: insights.connectionString },
        { name: "EVROUTE_STORAGE__queueServiceUri", value: pulumi.interpolate`https://${inbound.account.name}.queue.core.windows.net` },
        { name: "EVROUTE_STORAGE__credential", value: "managedidentity" },
        { name: "EVROUTE_STORAGE__clientId", value: identity.clientId },
        { name: "EVROUTE_INBOUND_QUEUE", value: inbound.queue.name },
        { name: "EVROUTE_DEADLETTER_QUEUE", value: inbound.poison.name },
        { name: "EVROUTE_ROUTES_JSON", value: routes.json },
    ];
    const cross: AppSetting[] = settings.filter((x) => x.kind === "plain").map((x) => ({ name: x.name, value: x.value }));
    if (settings.some((x) => x.kind === "file")) {
        throw new Error("file settings are for the Lambda only");
    }
    const vaultRefs = keyVaultSettings(s, inbound, identity, settings);
    const appName = `${s.prefix}-router-${stackHash(6)}`;
    const app = new web.WebApp("azure-function", {
        name: appName,
        resourceGroupName: rg,
        kind: "functionapp,linux",
        serverFarmId: plan.id,
        httpsOnly: true,
        identity: { type: "UserAssigned", userAssignedIdentities: [identity.id] },
        keyVaultReferenceIdentity: identity.id,
        siteConfig: {
            minTlsVersion: "1.2",
            ftpsState: "Disabled",
            appSettings: [...own, ...cross, ...vaultRefs],
        },
        functionAppConfig: {
            deployment: {
                storage: {
                    type: "blobContainer",
                    value: pulumi.interpolate`${host.primaryEndpoints.blob}app-package`,
                    authentication: { type: "UserAssignedIdentity", userAssignedIdentityResourceId: identity.id },
                },
            },
            runtime: { name: "dotnet-isolated", version: "10.0" },
            scaleAndConcurrency: { instanceMemoryMB: s.azure.instanceMemoryMb, maximumInstanceCount: s.azure.maximumInstanceCount },
        },
    }, { ...opts, dependsOn: grants });
    createAzureAlert(s, inbound);
    return {
        app,
        consoleUrl: pulumi.interpolate`https://portal.azure.com/#resource${app.id}/overview`,
        deployCommand: pulumi.interpolate`az functionapp deployment source config-zip -g ${rg} -n ${app.name} --src ${path.relative(s.repoRoot, s.azure.artifact)}`,
    };
}

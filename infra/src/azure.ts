import * as pulumi from "@pulumi/pulumi";
import { Provider } from "@pulumi/azure-native/provider";
import * as authorization from "@pulumi/azure-native/authorization";
import * as resources from "@pulumi/azure-native/resources";
import * as storage from "@pulumi/azure-native/storage";
import * as operationalinsights from "@pulumi/azure-native/operationalinsights";
import { Settings } from "./config";
import { alnum, stackHash } from "./wiring";

/** Built-in role definition ids (the same in every tenant). */
export const roles = {
    queueMessageProcessor: "8a0f0c08-91a1-4084-bc3d-661d67233fed",
    queueMessageSender: "c6a89b2d-59bc-44d0-9896-0f6e12d7b80a",
    queueReader: "19e7f393-937e-4f77-808e-94535e297925",
    blobOwner: "b7e6dc6d-f1e8-4753-8033-0f276bb0955b",
    keyVaultSecretsUser: "4633458b-17de-408a-b874-0445c86b69e6",
} as const;

/** Hardening every storage account here shares; shared keys stay on only where a SAS must be signed. */
export function hardened(sharedKey: boolean) {
    return {
        kind: "StorageV2",
        sku: { name: "Standard_LRS" },
        minimumTlsVersion: "TLS1_2",
        enableHttpsTrafficOnly: true,
        allowBlobPublicAccess: false,
        allowSharedKeyAccess: sharedKey,
        defaultToOAuthAuthentication: true,
        publicNetworkAccess: "Enabled",
    } as const;
}

/** The Storage Queue side that exists before the function. */
export interface AzureInbound {
    provider: Provider;
    resourceGroup: resources.ResourceGroup;
    account: storage.StorageAccount;
    queue: storage.Queue;
    poison: storage.Queue;
    queueUrl: pulumi.Output<string>;
    workspace: operationalinsights.Workspace;
    subscriptionId: pulumi.Output<string>;
    tenantId: pulumi.Output<string>;
}

/**
 * `sharedKey` is true when another cloud sends here: the queue-scoped add-only SAS those senders hold is signed with
 * the account key, and Storage Queues has no identity-signed SAS that ARM can issue.
 */
export function createAzureInbound(s: Settings, sharedKey: boolean): AzureInbound {
    const provider = new Provider("azure", { location: s.azure.location });
    const opts = { provider };
    const client = authorization.getClientConfigOutput({ provider });
    const resourceGroup = new resources.ResourceGroup("azure-rg", { resourceGroupName: `${s.prefix}-${pulumi.getStack()}` }, opts);
    const account = new storage.StorageAccount("azure-queues", {
        accountName: `${alnum(s.prefix, 14)}q${stackHash(8)}`,
        resourceGroupName: resourceGroup.name,
        ...hardened(sharedKey),
    }, opts);
    const queueArgs = (queueName: string) => ({ accountName: account.name, resourceGroupName: resourceGroup.name, queueName });
    const queue = new storage.Queue("azure-inbound", queueArgs(s.azure.queueName), opts);
    const poison = new storage.Queue("azure-poison", queueArgs(`${s.azure.queueName}-poison`), opts);
    const workspace = new operationalinsights.Workspace("azure-logs", {
        resourceGroupName: resourceGroup.name,
        sku: { name: "PerGB2018" },
        retentionInDays: s.azure.logRetentionDays,
    }, opts);
    return {
        provider, resourceGroup, account, queue, poison, workspace,
        queueUrl: pulumi.interpolate`https://${account.name}.queue.core.windows.net/${queue.name}`,
        subscriptionId: client.subscriptionId,
        tenantId: client.tenantId,
    };
}

/** Grants a built-in role to a principal on exactly one resource. */
export function grant(inbound: AzureInbound, name: string, role: keyof typeof roles, principalId: pulumi.Input<string>,
    scope: pulumi.Input<string>, opts?: pulumi.CustomResourceOptions): authorization.RoleAssignment {
    return new authorization.RoleAssignment(name, {
        principalId,
        principalType: "ServicePrincipal",
        roleDefinitionId: pulumi.interpolate`/subscriptions/${inbound.subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${roles[role]}`,
        scope,
    }, { provider: inbound.provider, ...opts });
}

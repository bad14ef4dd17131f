import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as pulumi from "@pulumi/pulumi";

/** One resource the program declared, as the engine would have received it. */
export interface Declared {
    type: string;
    name: string;
    inputs: any;
    /** Dotted paths of inputs that arrived marked secret. */
    secretPaths: string[];
    id: string;
    state: any;
}

export interface Run {
    resources: Declared[];
    /** Provider function calls (invokes): token and inputs. */
    calls: { token: string; inputs: any }[];
    outputs: Record<string, unknown>;
    of(type: string): Declared[];
    one(type: string, name: string): Declared;
}

export const account = "111122223333";
export const region = "eu-west-1";
export const projectNumber = "123456789012";
export const subscription = "00000000-0000-0000-0000-000000000001";

/** Credential material the mocks hand out: none of it may surface in plain settings or outputs. */
export const secrets = {
    awsKeyId: "AKIAIOSFODNN7EXAMPLE",
    awsSecret: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    sasSig: "sig=ZmFrZXNpZ25hdHVyZWZha2VzaWduYXR1cmU%3D",
    gcpPrivateKey: "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\\n-----END PRIVATE KEY-----\\n",
};

const secretSig = "1b47061264138c4ac30d75fd1eb44270";

/** Replaces Pulumi's secret envelopes by their values, and notes where they were (dotted paths). */
export function unwrap(value: any, at = "", found: string[] = []): any {
    if (Array.isArray(value)) {
        return value.map((v, i) => unwrap(v, `${at}[${i}]`, found));
    }
    if (value !== null && typeof value === "object" && !(value instanceof Promise) && !("__pulumiArchive" in value) && !("__pulumiAsset" in value)) {
        if (Object.values(value).includes(secretSig) && "value" in value) {
            found.push(at);
            return unwrap(value.value, at, found);
        }
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, unwrap(v, at ? `${at}.${k}` : k, found)]));
    }
    return value;
}

function state(type: string, name: string, inputs: any): { id: string; state: any } {
    const n = inputs.queueName ?? inputs.containerName ?? inputs.secretName ?? inputs.vaultName ?? inputs.accountName
        ?? inputs.resourceGroupName ?? inputs.name ?? name;
    const arn = (svc: string, rest: string) => `arn:aws:${svc}:${region}:${account}:${rest}`;
    const azureId = (kind: string) => `/subscriptions/${subscription}/resourceGroups/rg/providers/${kind}/${n}`;
    const extra: Record<string, any> = {};
    switch (type) {
        case "aws:sqs/queue:Queue": Object.assign(extra, { arn: arn("sqs", n), url: `https://sqs.${region}.amazonaws.com/${account}/${n}` }); break;
        case "aws:cloudwatch/logGroup:LogGroup": extra.arn = arn("logs", `log-group:${n}`); break;
        case "aws:iam/role:Role": Object.assign(extra, { name: `${name}-7f3a`, arn: `arn:aws:iam::${account}:role/${name}-7f3a` }); break;
        case "aws:iam/user:User": extra.arn = `arn:aws:iam::${account}:user/${n}`; break;
        case "aws:iam/accessKey:AccessKey": return { id: secrets.awsKeyId, state: { ...inputs, secret: secrets.awsSecret } };
        case "aws:secretsmanager/secret:Secret": extra.arn = arn("secretsmanager", `secret:${name}-AbCdEf`); break;
        case "aws:lambda/function:Function": extra.arn = arn("lambda", `function:${n}`); break;
        case "aws:lambda/layerVersion:LayerVersion": extra.arn = arn("lambda", `layer:${inputs.layerName}:1`); break;
        case "aws:sns/topic:Topic": extra.arn = arn("sns", n); break;
        case "gcp:pubsub/topic:Topic": return { id: `projects/demo/topics/${n}`, state: { ...inputs } };
        case "gcp:pubsub/subscription:Subscription": return { id: `projects/demo/subscriptions/${n}`, state: { ...inputs } };
        case "gcp:serviceaccount/account:Account": {
            const email = `${inputs.accountId}@demo.iam.gserviceaccount.com`;
            return { id: email, state: { ...inputs, email, member: `serviceAccount:${email}`, name: `projects/demo/serviceAccounts/${email}` } };
        }
        case "gcp:serviceaccount/key:Key":
            extra.privateKey = Buffer.from(`{"type":"service_account","private_key":"${secrets.gcpPrivateKey}"}`).toString("base64"); break;
        case "gcp:iam/workloadIdentityPool:WorkloadIdentityPool":
            extra.name = `projects/${projectNumber}/locations/global/workloadIdentityPools/${inputs.workloadIdentityPoolId}`; break;
        case "gcp:iam/workloadIdentityPoolProvider:WorkloadIdentityPoolProvider":
            extra.name = `projects/${projectNumber}/locations/global/workloadIdentityPools/${inputs.workloadIdentityPoolId}/providers/${inputs.workloadIdentityPoolProviderId}`; break;
        case "gcp:secretmanager/secret:Secret": return { id: `projects/demo/secrets/${inputs.secretId}`, state: { ...inputs } };
        case "gcp:storage/bucketObject:BucketObject": extra.generation = 1712345678; break;
        case "gcp:cloudrunv2/service:Service": extra.uri = `https://${n}-abc123-ew.a.run.app`; break;
        case "azure-native:resources:ResourceGroup": return { id: `/subscriptions/${subscription}/resourceGroups/${n}`, state: { ...inputs, name: n } };
        case "azure-native:web:WebApp":
            return { id: `/subscriptions/${subscription}/resourceGroups/rg/providers/Microsoft.Web/sites/${inputs.name}`, state: { ...inputs } };
        case "azure-native:storage:StorageAccount":
            Object.assign(extra, { name: n, primaryEndpoints: { blob: `https://${n}.blob.core.windows.net/`, queue: `https://${n}.queue.core.windows.net/` } }); break;
        case "azure-native:storage:Queue":
            return { id: `/subscriptions/${subscription}/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/acct/queueServices/default/queues/${n}`, state: { ...inputs, name: n } };
        case "azure-native:storage:BlobContainer":
            return { id: `/subscriptions/${subscription}/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/host/blobServices/default/containers/${n}`, state: { ...inputs, name: n } };
        case "azure-native:managedidentity:UserAssignedIdentity":
            Object.assign(extra, { principalId: "11111111-2222-3333-4444-555555555555", clientId: "66666666-7777-8888-9999-000000000000" }); break;
        case "azure-native:keyvault:Secret":
            return { id: `${azureId("Microsoft.KeyVault/vaults")}/secrets/${n}`, state: { ...inputs, name: n, properties: { ...inputs.properties, secretUri: `https://vault.vault.azure.net/secrets/${n}` } } };
        case "azure-native:applicationinsights:Component":
            extra.connectionString = "InstrumentationKey=00000000-0000-0000-0000-00000000abcd;IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/"; break;
        default: break;
    }
    const id = type.startsWith("azure-native:") ? azureId(type) : `${n}-id`;
    return { id, state: { name: n, ...inputs, ...extra } };
}

function call(token: string, inputs: any): Record<string, any> {
    switch (token) {
        case "azure-native:authorization:getClientConfig":
            return { subscriptionId: subscription, tenantId: "99999999-0000-0000-0000-000000000000", clientId: "c", objectId: "o" };
        case "azure-native:storage:listStorageAccountSAS":
            return { accountSasToken: `sv=2022-11-02&ss=${inputs.services}&srt=${inputs.resourceTypes}&sp=${inputs.permissions}&se=2030-01-01T00%3A00%3A00Z&spr=https&${secrets.sasSig}` };
        case "gcp:organizations/getProject:getProject":
            return { number: projectNumber, projectId: inputs.projectId };
        default:
            return {};
    }
}

/** A routing table file for a test, in the temp folder. */
export function routesFile(table: unknown): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "evroute-routes-"));
    const file = path.join(dir, "routes.json");
    fs.writeFileSync(file, JSON.stringify(table));
    return file;
}

/** Every cloud sends to every other: all credentials and wiring exist. */
export const fullMesh = {
    maxHops: 4,
    unmatched: "deadletter",
    routes: [
        { name: "orders-to-gcp", from: ["azure", "aws"], filter: { prefix: { type: "com.example.order" } }, to: ["gcp"] },
        { name: "everything-to-aws", from: ["azure", "gcp"], to: ["aws"] },
        { name: "audit-to-azure", from: ["aws", "gcp"], filter: { exact: { type: "com.example.audit" } }, to: ["azure"] },
    ],
};

async function settled(records: Declared[]): Promise<void> {
    let last = -1;
    let stable = 0;
    for (let i = 0; i < 200 && stable < 5; i++) {
        await new Promise((r) => setTimeout(r, 10));
        stable = records.length === last ? stable + 1 : 0;
        last = records.length;
    }
}

/** Runs the program under Pulumi's mocks with `config` (keys without the `evroute:` prefix). */
/** The files of an AssetArchive built from StringAssets (the Lambda config layer), by path. */
export async function archiveFiles(archive: any): Promise<Record<string, string>> {
    const assets = await archive.assets;
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(assets)) {
        out[k] = await (v as any).text;
    }
    return out;
}

export async function run(config: Record<string, string> = {}, table: unknown = fullMesh): Promise<Run> {
    const records: Declared[] = [];
    const calls: { token: string; inputs: any }[] = [];
    const all: Record<string, string> = { "evroute:gcpProject": "demo", "evroute:awsRegion": region, "evroute:routesFile": routesFile(table) };
    for (const [k, v] of Object.entries(config)) {
        all[`evroute:${k}`] = v;
    }
    pulumi.runtime.setAllConfig(all);
    await pulumi.runtime.setMocks({
        newResource: (args) => {
            const secretPaths: string[] = [];
            const inputs = unwrap(args.inputs, "", secretPaths);
            const made = state(args.type, args.name, inputs);
            records.push({ type: args.type, name: args.name, inputs, secretPaths, id: made.id, state: made.state });
            return made;
        },
        call: (args) => {
            calls.push({ token: args.token, inputs: unwrap(args.inputs) });
            return call(args.token, args.inputs);
        },
    }, "evroute", "test", false, "organization");
    // Imported after the mocks are in place, as Pulumi's testing guide asks.
    const { deploy } = await import("../src/program");
    const raw = deploy();
    const outputs: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(raw)) {
        outputs[k] = await new Promise((resolve) => pulumi.output(v).apply(resolve));
    }
    await settled(records);
    return {
        resources: records,
        calls,
        outputs,
        of: (type) => records.filter((r) => r.type === type),
        one: (type, name) => {
            const found = records.filter((r) => r.type === type && r.name === name);
            if (found.length !== 1) {
                throw new Error(`expected one ${type} named ${name}, found ${found.length}`);
            }
            return found[0];
        },
    };
}

import { test } from "node:test";
import * as assert from "node:assert/strict";
import { account, archiveFiles, fullMesh, run, Run, secrets } from "./harness";

/** Every environment variable / app setting the three functions get, as [function, name, value, valueSource]. */
function settingsOf(r: Run): { where: string; name: string; value?: string; ref?: any }[] {
    const out: { where: string; name: string; value?: string; ref?: any }[] = [];
    for (const fn of r.of("aws:lambda/function:Function")) {
        for (const [name, value] of Object.entries(fn.inputs.environment.variables)) {
            out.push({ where: "aws", name, value: value as string });
        }
    }
    for (const app of r.of("azure-native:web:WebApp")) {
        for (const s of app.inputs.siteConfig.appSettings) {
            out.push({ where: "azure", name: s.name, value: s.value });
        }
    }
    for (const svc of r.of("gcp:cloudrunv2/service:Service")) {
        for (const e of svc.inputs.template.containers.flatMap((c: any) => c.envs)) {
            out.push({ where: "gcp", name: e.name, value: e.value, ref: e.valueSource });
        }
    }
    return out;
}

const keyLike = [/AKIA[0-9A-Z]{16}/, /-----BEGIN [A-Z ]*PRIVATE KEY-----/, /(^|[?&])sig=/, /AccountKey=/i, /SharedAccessSignature/i,
    /"private_key"/, /(^|[^A-Za-z0-9/+])[A-Za-z0-9/+]{40}([^A-Za-z0-9/+=]|$)/];
// Names where key-like text is expected and harmless: the telemetry endpoint string is not a credential.
const notSecret = new Set(["APPLICATIONINSIGHTS_CONNECTION_STRING", "EVROUTE_ROUTES_JSON"]);
const secretNames = ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "EVROUTE_AZURE_QUEUE_URL", "EVROUTE_GCP_CREDENTIALS_JSON"];

test("cross-cloud: no credential sits in a plain environment variable or app setting", async () => {
    const r = await run();
    const all = settingsOf(r);
    assert.ok(all.filter((s) => s.where === "aws").length >= 5 && all.filter((s) => s.where === "azure").length >= 15
        && all.filter((s) => s.where === "gcp").length >= 9, "the scan sees every function's settings");
    for (const s of all.filter((x) => x.value !== undefined)) {
        for (const material of Object.values(secrets)) {
            assert.ok(!s.value!.includes(material), `${s.where} ${s.name} holds credential material`);
        }
        if (!notSecret.has(s.name)) {
            for (const pattern of keyLike) {
                assert.ok(!pattern.test(s.value!), `${s.where} ${s.name}=${s.value} looks like a key (${pattern})`);
            }
        }
    }
    const vaultUris = new Set(r.of("azure-native:keyvault:Secret").map((x) => x.state.properties.secretUri));
    const gcpSecrets = new Set(r.of("gcp:secretmanager/secret:Secret").map((x) => x.inputs.secretId));
    const awsSecrets = new Set(r.of("aws:secretsmanager/secret:Secret").map((x) => x.state.arn));
    const seen: string[] = [];
    for (const s of all.filter((x) => secretNames.includes(x.name))) {
        seen.push(`${s.where}:${s.name}`);
        if (s.where === "azure") {
            const m = /^@Microsoft\.KeyVault\(SecretUri=(.+)\)$/.exec(s.value ?? "");
            assert.ok(m && vaultUris.has(m[1]), `${s.name} is not a Key Vault reference: ${s.value}`);
        } else if (s.where === "gcp") {
            assert.equal(s.value, undefined, s.name);
            assert.ok(gcpSecrets.has(s.ref.secretKeyRef.secret), `${s.name} references no created secret`);
        } else {
            assert.fail(`the Lambda environment holds ${s.name}`);
        }
    }
    assert.deepEqual(seen.sort(), ["azure:AWS_ACCESS_KEY_ID", "azure:AWS_SECRET_ACCESS_KEY", "azure:EVROUTE_GCP_CREDENTIALS_JSON",
        "gcp:AWS_ACCESS_KEY_ID", "gcp:AWS_SECRET_ACCESS_KEY", "gcp:EVROUTE_AZURE_QUEUE_URL"]);
    const lambdaRef = all.find((s) => s.where === "aws" && s.name === "EVROUTE_AZURE_QUEUE_URL_SECRET_ARN");
    assert.ok(lambdaRef && awsSecrets.has(lambdaRef.value!), "the Lambda gets the secret's ARN");
    // The stored values themselves travel as Pulumi secrets, so state and previews mask them.
    for (const v of r.of("aws:secretsmanager/secretVersion:SecretVersion")) assert.ok(v.secretPaths.includes("secretString"), v.name);
    for (const v of r.of("gcp:secretmanager/secretVersion:SecretVersion")) assert.ok(v.secretPaths.includes("secretData"), v.name);
    for (const v of r.of("azure-native:keyvault:Secret")) assert.ok(v.secretPaths.some((p) => p === "properties" || p === "properties.value"), v.name);
});

test("cross-cloud: each sender credential holds exactly one permission on one inbound queue or topic", async () => {
    const r = await run();
    const inboundArn = r.one("aws:sqs/queue:Queue", "aws-inbound").state.arn;
    const users = r.of("aws:iam/user:User");
    assert.equal(users.length, 2);
    for (const p of r.of("aws:iam/userPolicy:UserPolicy")) {
        assert.deepEqual(JSON.parse(p.inputs.policy).Statement.map((s: any) => [s.Effect, s.Action, s.Resource]),
            [["Allow", ["sqs:SendMessage"], [inboundArn]]]);
    }
    assert.equal(r.of("aws:iam/userPolicyAttachment:UserPolicyAttachment").length + r.of("aws:iam/userGroupMembership:UserGroupMembership").length, 0);
    const senders = r.of("gcp:serviceaccount/account:Account").filter((a) => /-pub$/.test(a.inputs.accountId));
    assert.deepEqual(senders.map((a) => a.inputs.accountId).sort(), ["evroute-aws-pub", "evroute-azure-pub"]);
    for (const sa of senders) {
        const grants = [...r.of("gcp:pubsub/topicIAMMember:TopicIAMMember"), ...r.of("gcp:pubsub/subscriptionIAMMember:SubscriptionIAMMember"),
            ...r.of("gcp:secretmanager/secretIamMember:SecretIamMember")].filter((g) => g.inputs.member === sa.state.member);
        assert.deepEqual(grants.map((g) => [g.inputs.topic, g.inputs.role]), [["evroute-inbound", "roles/pubsub.publisher"]]);
    }
    const sas = r.calls.filter((c) => c.token === "azure-native:storage:listStorageAccountSAS");
    assert.ok(sas.length > 0);
    for (const c of sas) {
        assert.deepEqual([c.inputs.services, c.inputs.resourceTypes, c.inputs.permissions, c.inputs.protocols], ["q", "o", "a", "https"]);
        assert.ok(Date.parse(c.inputs.sharedAccessExpiryTime) > Date.now(), "the SAS expires in the future");
    }
});

test("cross-cloud: the Lambda publishes to Pub/Sub keylessly, through workload identity federation", async () => {
    const r = await run();
    const keys = r.of("gcp:serviceaccount/key:Key");
    assert.deepEqual(keys.map((k) => k.name), ["gcp-sender-azure-key"], "only the Azure sender has a key");
    const provider = r.one("gcp:iam/workloadIdentityPoolProvider:WorkloadIdentityPoolProvider", "gcp-aws-provider");
    const roleName = r.one("aws:iam/role:Role", "aws-function-role").state.name;
    const roleArn = `arn:aws:sts::${account}:assumed-role/${roleName}`;
    assert.deepEqual(provider.inputs.aws, { accountId: account });
    assert.equal(provider.inputs.attributeCondition, `attribute.aws_role == "${roleArn}"`);
    const binding = r.one("gcp:serviceaccount/iAMMember:IAMMember", "gcp-aws-impersonation").inputs;
    assert.equal(binding.role, "roles/iam.workloadIdentityUser");
    assert.ok(binding.member.startsWith("principalSet://iam.googleapis.com/projects/") && binding.member.endsWith(`/attribute.aws_role/${roleArn}`));
    const env = r.one("aws:lambda/function:Function", "aws-function").inputs.environment.variables;
    assert.equal(env.GOOGLE_APPLICATION_CREDENTIALS, "/opt/evroute/gcp-credentials.json");
    const files = await archiveFiles(r.one("aws:lambda/layerVersion:LayerVersion", "aws-config-layer").inputs.code);
    const cred = JSON.parse(files["evroute/gcp-credentials.json"]);
    assert.equal(cred.type, "external_account");
    assert.equal(cred.credential_source.environment_id, "aws1");
    assert.equal(cred.audience, `//iam.googleapis.com/${provider.state.name}`);
    assert.match(cred.service_account_impersonation_url, /serviceAccounts\/evroute-aws-pub@demo\.iam\.gserviceaccount\.com:generateAccessToken$/);
    assert.ok(!("private_key" in cred));
});

test("cross-cloud: the same routing table is deployed with every function", async () => {
    const r = await run();
    const expected = JSON.stringify(fullMesh);
    const files = await archiveFiles(r.one("aws:lambda/layerVersion:LayerVersion", "aws-config-layer").inputs.code);
    assert.equal(files["evroute/routes.json"], expected);
    assert.equal(r.one("aws:lambda/function:Function", "aws-function").inputs.environment.variables.EVROUTE_ROUTES_FILE, "/opt/evroute/routes.json");
    const all = settingsOf(r).filter((s) => s.name === "EVROUTE_ROUTES_JSON");
    assert.deepEqual(all.map((s) => [s.where, s.value]), [["azure", expected], ["gcp", expected]]);
});

test("cross-cloud: every output is present and none carries a credential", async () => {
    const r = await run();
    const expected = ["awsInboundQueueUrl", "awsInboundQueueArn", "awsDeadLetterQueueUrl", "awsDeadLetterQueueArn", "awsFunctionName",
        "awsAlarmTopicArn", "awsConsoleUrl", "azureResourceGroup", "azureStorageAccount", "azureStorageAccountId", "azureInboundQueueName",
        "azureInboundQueueUrl", "azurePoisonQueueName", "azureFunctionAppName", "azureConsoleUrl", "azureDeployCommand", "gcpInboundTopic",
        "gcpDeadLetterTopic", "gcpDeadLetterSubscription", "gcpPushSubscription", "gcpServiceName", "gcpServiceUrl", "gcpConsoleUrl",
        "routesFile", "clouds"];
    assert.deepEqual(Object.keys(r.outputs).sort(), [...expected].sort());
    for (const [k, v] of Object.entries(r.outputs)) {
        assert.equal(typeof v, "string", k);
        assert.ok((v as string).length > 0, k);
        for (const material of Object.values(secrets)) {
            assert.ok(!(v as string).includes(material), `output ${k} holds credential material`);
        }
    }
    assert.match(r.outputs.awsConsoleUrl as string, /^https:\/\/eu-west-1\.console\.aws\.amazon\.com\/lambda\/.+evroute-router$/);
    assert.match(r.outputs.azureConsoleUrl as string, /^https:\/\/portal\.azure\.com\/#resource\/subscriptions\/.+\/sites\/evroute-router-[0-9a-f]+\/overview$/);
    assert.match(r.outputs.gcpConsoleUrl as string, /^https:\/\/console\.cloud\.google\.com\/run\/detail\/us-central1\/evroute-router\//);
});

test("cross-cloud: a two-cloud stack creates only what its routes need", async () => {
    const r = await run({ clouds: "aws,gcp" }, { routes: [{ name: "a-to-g", from: ["aws"], to: ["gcp"] }] });
    assert.equal(r.resources.filter((x) => x.type.startsWith("azure-native:")).length, 0);
    assert.equal(r.of("aws:iam/user:User").length, 0, "nothing sends into AWS");
    const env = r.one("aws:lambda/function:Function", "aws-function").inputs.environment.variables;
    assert.equal(env.EVROUTE_GCP_TOPIC, "projects/demo/topics/evroute-inbound");
    assert.equal(env.EVROUTE_AZURE_QUEUE_URL_SECRET_ARN, undefined);
    assert.equal(Object.keys(r.outputs).filter((k) => k.startsWith("azure")).length, 0);
    const gcpEnv = settingsOf(r).filter((s) => s.where === "gcp").map((s) => s.name);
    assert.ok(!gcpEnv.includes("EVROUTE_AWS_QUEUE_URL"), "gcp sends nowhere, so it gets no destination");
});

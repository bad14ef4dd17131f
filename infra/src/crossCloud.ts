import * as pulumi from "@pulumi/pulumi";
import * as iam from "@pulumi/aws/iam";
import * as storage from "@pulumi/azure-native/storage";
import * as gcpiam from "@pulumi/gcp/iam";
import * as pubsub from "@pulumi/gcp/pubsub";
import * as serviceaccount from "@pulumi/gcp/serviceaccount";
import { CloudName, Settings } from "./config";
import { RoutingPlan } from "./routes";
import { AwsInbound } from "./aws";
import { AzureInbound } from "./azure";
import { GcpInbound } from "./gcp";
import { awsExternalAccount } from "./externalAccount";
import { plain, secret, file, Setting, stackHash } from "./wiring";

export interface Inbounds {
    aws?: AwsInbound;
    azure?: AzureInbound;
    gcp?: GcpInbound;
}

function need<T>(value: T | undefined, cloud: CloudName): T {
    if (value === undefined) {
        throw new Error(`internal: ${cloud} is a destination but was not created`);
    }
    return value;
}

/** An IAM user that can do one thing: sqs:SendMessage on the AWS inbound queue. Its key lives in the consumer's store. */
function toAws(s: Settings, aws: AwsInbound, consumer: CloudName): Setting[] {
    const opts = { provider: aws.provider };
    const user = new iam.User(`aws-sender-${consumer}`, { name: `${s.prefix}-${consumer}-sender`, path: "/evroute/" }, opts);
    new iam.UserPolicy(`aws-sender-${consumer}-policy`, {
        user: user.name,
        policy: aws.queue.arn.apply((arn) => JSON.stringify({
            Version: "2012-10-17",
            Statement: [{ Sid: "SendToInbound", Effect: "Allow", Action: ["sqs:SendMessage"], Resource: [arn] }],
        })),
    }, opts);
    const key = new iam.AccessKey(`aws-sender-${consumer}-key`, { user: user.name }, opts);
    return [
        plain("EVROUTE_AWS_QUEUE_URL", aws.queue.url),
        plain("EVROUTE_AWS_REGION", s.aws.region),
        secret("AWS_ACCESS_KEY_ID", key.id),
        secret("AWS_SECRET_ACCESS_KEY", key.secret),
    ];
}

/** A service account whose only grant is roles/pubsub.publisher on the inbound topic. */
function publisher(s: Settings, gcp: GcpInbound, consumer: CloudName): serviceaccount.Account {
    const opts = { provider: gcp.provider, dependsOn: gcp.apis };
    const account = new serviceaccount.Account(`gcp-sender-${consumer}`, {
        accountId: `${s.prefix}-${consumer}-pub`.slice(0, 30),
        displayName: `evroute: ${consumer} publishes to the inbound topic`,
    }, opts);
    new pubsub.TopicIAMMember(`gcp-sender-${consumer}-publisher`, {
        topic: gcp.topic.name,
        role: "roles/pubsub.publisher",
        member: account.member,
    }, opts);
    return account;
}

/** Keyless: the Lambda's own role is trusted through workload identity federation and impersonates the publisher. */
function awsToGcp(s: Settings, gcp: GcpInbound, aws: AwsInbound): Setting[] {
    const opts = { provider: gcp.provider, dependsOn: gcp.apis };
    const account = publisher(s, gcp, "aws");
    const pool = new gcpiam.WorkloadIdentityPool("gcp-aws-pool", {
        workloadIdentityPoolId: `${s.prefix}-aws-${stackHash(4)}`.slice(0, 32),
        displayName: "evroute AWS Lambda",
    }, opts);
    const roleArn = pulumi.interpolate`arn:aws:sts::${aws.accountId}:assumed-role/${aws.role.name}`;
    const provider = new gcpiam.WorkloadIdentityPoolProvider("gcp-aws-provider", {
        workloadIdentityPoolId: pool.workloadIdentityPoolId,
        workloadIdentityPoolProviderId: "aws-lambda",
        aws: { accountId: aws.accountId },
        // Only the router's role in that account, not every principal in it.
        attributeCondition: pulumi.interpolate`attribute.aws_role == "${roleArn}"`,
    }, opts);
    new serviceaccount.IAMMember("gcp-aws-impersonation", {
        serviceAccountId: account.name,
        role: "roles/iam.workloadIdentityUser",
        member: pulumi.interpolate`principalSet://iam.googleapis.com/${pool.name}/attribute.aws_role/${roleArn}`,
    }, opts);
    const json = pulumi.all([provider.name, account.email]).apply(([name, email]) => awsExternalAccount(name, email));
    return [
        plain("EVROUTE_GCP_TOPIC", gcp.topic.id),
        file("GOOGLE_APPLICATION_CREDENTIALS", "gcp-credentials.json", json),
    ];
}

/** Azure Functions offers no token file Google could federate with, so the publisher gets a key, kept in Key Vault. */
function keyToGcp(s: Settings, gcp: GcpInbound, consumer: CloudName): Setting[] {
    const account = publisher(s, gcp, consumer);
    const key = new serviceaccount.Key(`gcp-sender-${consumer}-key`, { serviceAccountId: account.name }, { provider: gcp.provider });
    return [
        plain("EVROUTE_GCP_TOPIC", gcp.topic.id),
        secret("EVROUTE_GCP_CREDENTIALS_JSON", key.privateKey.apply((k) => Buffer.from(k, "base64").toString("utf8"))),
    ];
}

/** An add-only (`a`), queue-service, object-level, HTTPS-only SAS carried in the queue URL's query string. */
function toAzure(s: Settings, azure: AzureInbound): Setting[] {
    const expiry = new Date();
    expiry.setUTCDate(1); // first of the month: the token is stable across deployments within a month
    expiry.setUTCHours(0, 0, 0, 0);
    expiry.setUTCDate(expiry.getUTCDate() + s.azure.sasValidityDays);
    const sas = storage.listStorageAccountSASOutput({
        accountName: azure.account.name,
        resourceGroupName: azure.resourceGroup.name,
        services: "q",
        resourceTypes: "o",
        permissions: "a",
        protocols: "https",
        sharedAccessExpiryTime: expiry.toISOString(),
    }, { provider: azure.provider });
    return [secret("EVROUTE_AZURE_QUEUE_URL", pulumi.interpolate`${azure.queueUrl}?${sas.accountSasToken}`)];
}

/** The destination settings of every deployed function, credentials included, from the routes that apply there. */
export function wireDestinations(s: Settings, routes: RoutingPlan, inbound: Inbounds): Partial<Record<CloudName, Setting[]>> {
    const out: Partial<Record<CloudName, Setting[]>> = {};
    for (const consumer of s.clouds) {
        const settings: Setting[] = [];
        for (const dest of routes.destinationsOf(consumer)) {
            if (dest === "aws") {
                settings.push(...toAws(s, need(inbound.aws, dest), consumer));
            } else if (dest === "azure") {
                settings.push(...toAzure(s, need(inbound.azure, dest)));
            } else if (consumer === "aws") {
                settings.push(...awsToGcp(s, need(inbound.gcp, dest), need(inbound.aws, consumer)));
            } else {
                settings.push(...keyToGcp(s, need(inbound.gcp, dest), consumer));
            }
        }
        out[consumer] = settings;
    }
    return out;
}

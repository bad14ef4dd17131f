import * as pulumi from "@pulumi/pulumi";
import { Provider } from "@pulumi/gcp/provider";
import * as organizations from "@pulumi/gcp/organizations";
import * as projects from "@pulumi/gcp/projects";
import * as pubsub from "@pulumi/gcp/pubsub";
import * as serviceaccount from "@pulumi/gcp/serviceaccount";
import { Settings } from "./config";

/** APIs the stack uses; enabling is idempotent and left on at destroy (other workloads may use them). */
const apis = ["run", "pubsub", "secretmanager", "iam", "iamcredentials", "sts", "monitoring", "storage"];

/** The Pub/Sub side that exists before the service: topics, the dead-letter keeper and the service accounts. */
export interface GcpInbound {
    provider: Provider;
    project: string;
    projectNumber: pulumi.Output<string>;
    topic: pubsub.Topic;
    deadLetterTopic: pubsub.Topic;
    deadLetterSubscription: pubsub.Subscription;
    runtimeAccount: serviceaccount.Account;
    pushAccount: serviceaccount.Account;
    apis: projects.Service[];
}

export function createGcpInbound(s: Settings): GcpInbound {
    const g = s.gcp;
    const provider = new Provider("gcp", { project: g.project, region: g.region });
    const services = apis.map((api) => new projects.Service(`gcp-api-${api}`, {
        service: `${api}.googleapis.com`,
        disableOnDestroy: false,
    }, { provider }));
    const opts = { provider, dependsOn: services };
    const projectNumber = organizations.getProjectOutput({ projectId: g.project }, { provider }).apply((p) => p.number);
    const topic = new pubsub.Topic("gcp-inbound", { name: `${s.prefix}-inbound` }, opts);
    const deadLetterTopic = new pubsub.Topic("gcp-deadletter", {
        name: `${s.prefix}-inbound-deadletter`,
        messageRetentionDuration: "2678400s", // 31 days on the topic, so a subscription can seek back
    }, opts);
    // Pull subscription that only keeps dead letters until someone looks at them: longest retention, never expires.
    const deadLetterSubscription = new pubsub.Subscription("gcp-deadletter-keeper", {
        name: `${s.prefix}-inbound-deadletter-keep`,
        topic: deadLetterTopic.id,
        messageRetentionDuration: "604800s",
        retainAckedMessages: false,
        ackDeadlineSeconds: 60,
        expirationPolicy: { ttl: "" },
    }, opts);
    const runtimeAccount = new serviceaccount.Account("gcp-runtime-sa", {
        accountId: `${s.prefix}-run`.slice(0, 30),
        displayName: "evroute Cloud Run service identity",
    }, opts);
    const pushAccount = new serviceaccount.Account("gcp-push-sa", {
        accountId: `${s.prefix}-push`.slice(0, 30),
        displayName: "evroute Pub/Sub push identity (OIDC tokens to the Cloud Run service)",
    }, opts);
    return { provider, project: g.project, projectNumber, topic, deadLetterTopic, deadLetterSubscription, runtimeAccount, pushAccount, apis: services };
}

/** The Pub/Sub service agent, which forwards dead letters and mints push tokens. */
export function pubsubServiceAgent(inbound: GcpInbound): pulumi.Output<string> {
    return pulumi.interpolate`serviceAccount:service-${inbound.projectNumber}@gcp-sa-pubsub.iam.gserviceaccount.com`;
}

/** Cloud Run's deterministic service URL, known before the service exists (the function checks it as audience). */
export function runServiceUrl(name: string, inbound: GcpInbound, region: string): pulumi.Output<string> {
    return pulumi.interpolate`https://${name}-${inbound.projectNumber}.${region}.run.app`;
}

export function cloudRunConsoleUrl(s: Settings, name: string): string {
    return `https://console.cloud.google.com/run/detail/${s.gcp.region}/${name}/metrics?project=${s.gcp.project}`;
}

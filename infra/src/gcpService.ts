import * as pulumi from "@pulumi/pulumi";
import * as cloudrunv2 from "@pulumi/gcp/cloudrunv2";
import * as pubsub from "@pulumi/gcp/pubsub";
import * as secretmanager from "@pulumi/gcp/secretmanager";
import * as serviceaccount from "@pulumi/gcp/serviceaccount";
import * as storage from "@pulumi/gcp/storage";
import { Settings } from "./config";
import { RoutingPlan } from "./routes";
import { cloudRunConsoleUrl, GcpInbound, pubsubServiceAgent, runServiceUrl } from "./gcp";
import { createGcpAlert } from "./gcpAlert";
import { secretKey, Setting } from "./wiring";

export interface GcpService {
    service: cloudrunv2.Service;
    pushSubscription: pubsub.Subscription;
    serviceUrl: pulumi.Output<string>;
    consoleUrl: string;
}

type EnvVar = { name: string; value?: pulumi.Input<string>; valueSource?: { secretKeyRef: { secret: pulumi.Input<string>; version: string } } };

/** Turns settings into Cloud Run env vars; secrets live in Secret Manager and are referenced, never inlined. */
function environment(s: Settings, inbound: GcpInbound, settings: Setting[]): { env: EnvVar[]; grants: pulumi.Resource[] } {
    const opts = { provider: inbound.provider, dependsOn: inbound.apis };
    const env: EnvVar[] = [];
    const grants: pulumi.Resource[] = [];
    for (const setting of settings) {
        if (setting.kind === "plain") {
            env.push({ name: setting.name, value: setting.value });
        } else if (setting.kind === "secret") {
            const key = secretKey(setting.name);
            const store = new secretmanager.Secret(`gcp-secret-${key}`, {
                secretId: `${s.prefix}-${key.replace(/^evroute-/, "")}`,
                replication: { auto: {} },
            }, opts);
            const version = new secretmanager.SecretVersion(`gcp-secret-${key}-value`, { secret: store.id, secretData: setting.value }, opts);
            grants.push(version, new secretmanager.SecretIamMember(`gcp-secret-${key}-reader`, {
                secretId: store.id,
                role: "roles/secretmanager.secretAccessor",
                member: inbound.runtimeAccount.member,
            }, opts));
            env.push({ name: setting.name, valueSource: { secretKeyRef: { secret: store.secretId, version: "latest" } } });
        } else {
            throw new Error(`setting ${setting.name}: file settings are for the Lambda only`);
        }
    }
    return { env, grants };
}

export function createGcpService(s: Settings, inbound: GcpInbound, routes: RoutingPlan, settings: Setting[]): GcpService {
    const g = s.gcp;
    const opts = { provider: inbound.provider, dependsOn: inbound.apis };
    const name = `${s.prefix}-router`;
    const url = runServiceUrl(name, inbound, g.region);
    const bucket = new storage.Bucket("gcp-source", {
        name: `${g.project}-${s.prefix}-source`,
        location: g.region.toUpperCase(),
        uniformBucketLevelAccess: true,
        publicAccessPrevention: "enforced",
        forceDestroy: true,
    }, opts);
    const source = new storage.BucketObject("gcp-source-archive", {
        bucket: bucket.name,
        name: "service.tar.gz",
        source: new pulumi.asset.FileAsset(g.artifact),
    }, opts);
    const { env, grants } = environment(s, inbound, settings);
    const dlPublisher = new pubsub.TopicIAMMember("gcp-runtime-deadletter-publisher", {
        topic: inbound.deadLetterTopic.name,
        role: "roles/pubsub.publisher",
        member: inbound.runtimeAccount.member,
    }, opts);
    const service = new cloudrunv2.Service("gcp-service", {
        name,
        location: g.region,
        deletionProtection: false,
        ingress: "INGRESS_TRAFFIC_ALL",
        invokerIamDisabled: false,
        template: {
            serviceAccount: inbound.runtimeAccount.email,
            timeout: `${g.timeoutSeconds}s`,
            scaling: { maxInstanceCount: g.maxInstances },
            containers: [{
                // Source deploy without a build: the published app runs on Google's .NET 10 base image.
                image: "scratch",
                baseImageUri: g.baseImage,
                commands: g.command.slice(0, 1),
                args: g.command.slice(1),
                sourceCode: { cloudStorageSource: { bucket: bucket.name, object: source.name, generation: source.generation.apply(String) } },
                ports: { containerPort: 8080 },
                envs: [
                    { name: "EVROUTE_ROUTES_JSON", value: routes.json },
                    { name: "EVROUTE_DEADLETTER_TOPIC", value: inbound.deadLetterTopic.id },
                    { name: "EVROUTE_PUSH_AUDIENCE", value: url },
                    { name: "EVROUTE_PUSH_SERVICE_ACCOUNT", value: inbound.pushAccount.email },
                    ...env,
                ],
            }],
        },
    }, { ...opts, dependsOn: [...inbound.apis, dlPublisher, ...grants] });
    // Only the push identity may invoke: no allUsers, no allAuthenticatedUsers.
    const invoker = new cloudrunv2.ServiceIamMember("gcp-push-invoker", {
        name: service.name,
        location: g.region,
        role: "roles/run.invoker",
        member: inbound.pushAccount.member,
    }, opts);
    const agent = pubsubServiceAgent(inbound);
    // Projects created before April 2021 need the service agent to mint the push OIDC token.
    new serviceaccount.IAMMember("gcp-push-token-creator", {
        serviceAccountId: inbound.pushAccount.name,
        role: "roles/iam.serviceAccountTokenCreator",
        member: agent,
    }, opts);
    new pubsub.TopicIAMMember("gcp-agent-deadletter-publisher", {
        topic: inbound.deadLetterTopic.name,
        role: "roles/pubsub.publisher",
        member: agent,
    }, opts);
    const pushSubscription = new pubsub.Subscription("gcp-push", {
        name: `${s.prefix}-inbound-push`,
        topic: inbound.topic.id,
        ackDeadlineSeconds: Math.max(g.timeoutSeconds, 10),
        pushConfig: {
            pushEndpoint: url,
            oidcToken: { serviceAccountEmail: inbound.pushAccount.email, audience: url },
        },
        retryPolicy: { minimumBackoff: g.minimumBackoff, maximumBackoff: g.maximumBackoff },
        deadLetterPolicy: { deadLetterTopic: inbound.deadLetterTopic.id, maxDeliveryAttempts: g.maxDeliveryAttempts },
        expirationPolicy: { ttl: "" },
    }, { ...opts, dependsOn: [...inbound.apis, invoker] });
    new pubsub.SubscriptionIAMMember("gcp-agent-push-subscriber", {
        subscription: pushSubscription.name,
        role: "roles/pubsub.subscriber",
        member: agent,
    }, opts);
    createGcpAlert(s, inbound);
    return { service, pushSubscription, serviceUrl: url, consoleUrl: cloudRunConsoleUrl(s, name) };
}

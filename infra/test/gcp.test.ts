import { test } from "node:test";
import * as assert from "node:assert/strict";
import { projectNumber, run } from "./harness";

const agent = `serviceAccount:service-${projectNumber}@gcp-sa-pubsub.iam.gserviceaccount.com`;
const iamTypes = ["gcp:pubsub/topicIAMMember:TopicIAMMember", "gcp:pubsub/subscriptionIAMMember:SubscriptionIAMMember",
    "gcp:cloudrunv2/serviceIamMember:ServiceIamMember", "gcp:serviceaccount/iAMMember:IAMMember", "gcp:secretmanager/secretIamMember:SecretIamMember"];

test("gcp: the Cloud Run service is not public; only the push account may invoke it", async () => {
    const r = await run();
    const grants = iamTypes.flatMap((t) => r.of(t));
    for (const g of grants) {
        assert.ok(!/allUsers|allAuthenticatedUsers/.test(g.inputs.member), `${g.name} grants ${g.inputs.member}`);
        assert.ok(!/roles\/(owner|editor|viewer)$/.test(g.inputs.role), `${g.name} grants ${g.inputs.role}`);
    }
    assert.equal(r.of("gcp:cloudrunv2/serviceIamBinding:ServiceIamBinding").length + r.of("gcp:cloudrunv2/serviceIamPolicy:ServiceIamPolicy").length, 0);
    const invokers = r.of("gcp:cloudrunv2/serviceIamMember:ServiceIamMember");
    const push = r.one("gcp:serviceaccount/account:Account", "gcp-push-sa").state;
    assert.deepEqual(invokers.map((i) => [i.inputs.role, i.inputs.member, i.inputs.name]), [["roles/run.invoker", push.member, "evroute-router"]]);
    const svc = r.one("gcp:cloudrunv2/service:Service", "gcp-service").inputs;
    assert.notEqual(svc.invokerIamDisabled, true);
    assert.equal(svc.template.serviceAccount, r.one("gcp:serviceaccount/account:Account", "gcp-runtime-sa").state.email);
    assert.notEqual(svc.template.serviceAccount, push.email);
});

test("gcp: the push subscription uses an OIDC token for the service URL, backs off and dead-letters after 5 attempts", async () => {
    const r = await run({ gcpMinimumBackoff: "15s", gcpMaximumBackoff: "300s" });
    const sub = r.one("gcp:pubsub/subscription:Subscription", "gcp-push").inputs;
    const url = `https://evroute-router-${projectNumber}.us-central1.run.app`;
    assert.equal(sub.pushConfig.pushEndpoint, url);
    assert.deepEqual(sub.pushConfig.oidcToken, { serviceAccountEmail: r.one("gcp:serviceaccount/account:Account", "gcp-push-sa").state.email, audience: url });
    assert.deepEqual(sub.retryPolicy, { minimumBackoff: "15s", maximumBackoff: "300s" });
    assert.deepEqual(sub.deadLetterPolicy, { deadLetterTopic: "projects/demo/topics/evroute-inbound-deadletter", maxDeliveryAttempts: 5 });
    assert.equal(sub.topic, "projects/demo/topics/evroute-inbound");
    const env = Object.fromEntries(r.one("gcp:cloudrunv2/service:Service", "gcp-service").inputs.template.containers[0].envs.map((e: any) => [e.name, e.value]));
    assert.equal(env.EVROUTE_PUSH_AUDIENCE, url, "the function checks the audience the subscription sends");
    assert.equal(env.EVROUTE_PUSH_SERVICE_ACCOUNT, r.one("gcp:serviceaccount/account:Account", "gcp-push-sa").state.email);
    assert.equal(env.EVROUTE_DEADLETTER_TOPIC, "projects/demo/topics/evroute-inbound-deadletter");
});

test("gcp: the Pub/Sub service agent may publish dead letters and subscribe to the source", async () => {
    const r = await run();
    const publish = r.of("gcp:pubsub/topicIAMMember:TopicIAMMember").filter((g) => g.inputs.member === agent);
    assert.deepEqual(publish.map((g) => [g.inputs.topic, g.inputs.role]), [["evroute-inbound-deadletter", "roles/pubsub.publisher"]]);
    const subscribe = r.of("gcp:pubsub/subscriptionIAMMember:SubscriptionIAMMember").filter((g) => g.inputs.member === agent);
    assert.deepEqual(subscribe.map((g) => [g.inputs.subscription, g.inputs.role]), [["evroute-inbound-push", "roles/pubsub.subscriber"]]);
});

test("gcp: the dead-letter topic has a keeper subscription with long retention and an alert on its backlog", async () => {
    const r = await run({ alarmEmail: "ops@example.com" });
    const keep = r.one("gcp:pubsub/subscription:Subscription", "gcp-deadletter-keeper").inputs;
    assert.equal(keep.topic, "projects/demo/topics/evroute-inbound-deadletter");
    assert.equal(keep.messageRetentionDuration, "604800s");
    assert.deepEqual(keep.expirationPolicy, { ttl: "" });
    assert.equal(keep.pushConfig, undefined);
    const alert = r.one("gcp:monitoring/alertPolicy:AlertPolicy", "gcp-deadletter-backlog").inputs;
    const cond = alert.conditions[0].conditionThreshold;
    assert.match(cond.filter, /subscription\/num_undelivered_messages/);
    assert.match(cond.filter, /subscription_id = "evroute-inbound-deadletter-keep"/);
    assert.equal(cond.comparison, "COMPARISON_GT");
    assert.equal(cond.thresholdValue, 0);
    assert.equal(alert.notificationChannels.length, 1);
});

test("gcp: the service runs the published app from Cloud Storage on the .NET 10 base image", async () => {
    const r = await run();
    const c = r.one("gcp:cloudrunv2/service:Service", "gcp-service").inputs.template.containers[0];
    assert.equal(c.baseImageUri, "us-central1-docker.pkg.dev/serverless-runtimes/google-24/runtimes/dotnet10");
    assert.deepEqual([c.commands, c.args], [["dotnet"], ["Serverless.Functions.Gcp.dll"]]);
    assert.equal(c.sourceCode.cloudStorageSource.object, "service.tar.gz");
    const bucket = r.one("gcp:storage/bucket:Bucket", "gcp-source").inputs;
    assert.equal(bucket.publicAccessPrevention, "enforced");
    assert.equal(bucket.uniformBucketLevelAccess, true);
});

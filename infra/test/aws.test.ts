import { test } from "node:test";
import * as assert from "node:assert/strict";
import { account, region, run } from "./harness";

test("aws: inbound queue takes 1 MiB, is encrypted and redrives to its dead-letter queue after 5 receives", async () => {
    const r = await run();
    const queue = r.one("aws:sqs/queue:Queue", "aws-inbound").inputs;
    const dlq = r.one("aws:sqs/queue:Queue", "aws-deadletter");
    assert.equal(queue.maxMessageSize, 1048576);
    assert.equal(queue.sqsManagedSseEnabled, true);
    const redrive = JSON.parse(queue.redrivePolicy);
    assert.equal(redrive.deadLetterTargetArn, dlq.state.arn);
    assert.equal(redrive.maxReceiveCount, 5);
    assert.equal(dlq.inputs.maxMessageSize, 1048576);
    assert.equal(dlq.inputs.sqsManagedSseEnabled, true);
    assert.equal(dlq.inputs.messageRetentionSeconds, 14 * 24 * 3600);
    const allow = JSON.parse(r.one("aws:sqs/redriveAllowPolicy:RedriveAllowPolicy", "aws-deadletter-redrive-allow").inputs.redriveAllowPolicy);
    assert.deepEqual(allow, { redrivePermission: "byQueue", sourceQueueArns: [r.one("aws:sqs/queue:Queue", "aws-inbound").state.arn] });
});

test("aws: visibility timeout is at least six times the function timeout, for any configured timeout", async () => {
    for (const timeout of ["30", "97"]) {
        const r = await run({ awsTimeoutSeconds: timeout });
        const fn = r.one("aws:lambda/function:Function", "aws-function").inputs;
        const queue = r.one("aws:sqs/queue:Queue", "aws-inbound").inputs;
        assert.equal(fn.timeout, Number(timeout));
        assert.ok(queue.visibilityTimeoutSeconds >= 6 * fn.timeout, `${queue.visibilityTimeoutSeconds} < 6 x ${fn.timeout}`);
    }
});

test("aws: the event source mapping reports batch item failures and caps concurrency", async () => {
    const r = await run({ awsBatchSize: "25", awsBatchingWindowSeconds: "2", awsMaxConcurrency: "7" });
    const [esm] = r.of("aws:lambda/eventSourceMapping:EventSourceMapping");
    assert.deepEqual(esm.inputs.functionResponseTypes, ["ReportBatchItemFailures"]);
    assert.equal(esm.inputs.batchSize, 25);
    assert.equal(esm.inputs.maximumBatchingWindowInSeconds, 2);
    assert.deepEqual(esm.inputs.scalingConfig, { maximumConcurrency: 7 });
    assert.equal(esm.inputs.eventSourceArn, r.one("aws:sqs/queue:Queue", "aws-inbound").state.arn);
});

test("aws: custom runtime by default, managed dotnet10 and arm64 by configuration", async () => {
    const custom = (await run()).one("aws:lambda/function:Function", "aws-function").inputs;
    assert.equal(custom.runtime, "provided.al2023");
    assert.equal(custom.handler, "bootstrap");
    assert.deepEqual(custom.architectures, ["x86_64"]);
    const managed = (await run({ awsRuntime: "dotnet10", awsArchitecture: "arm64" })).one("aws:lambda/function:Function", "aws-function").inputs;
    assert.equal(managed.runtime, "dotnet10");
    assert.equal(managed.handler, "Serverless.Functions.Aws::Serverless.Functions.Aws.Function::HandleAsync");
    assert.deepEqual(managed.architectures, ["arm64"]);
    await assert.rejects(run({ awsArchitecture: "sparc" }), /awsArchitecture/);
});

test("aws: the role may only consume its queue, dead-letter to its own DLQ, log to its group and read its secrets", async () => {
    const r = await run();
    const policy = JSON.parse(r.one("aws:iam/rolePolicy:RolePolicy", "aws-function-policy").inputs.policy);
    const logArn = r.one("aws:cloudwatch/logGroup:LogGroup", "aws-function-logs").state.arn;
    const secretArns = r.of("aws:secretsmanager/secret:Secret").map((x) => x.state.arn).sort();
    assert.ok(secretArns.length > 0);
    const byAction = new Map<string, string[]>();
    for (const st of policy.Statement) {
        assert.equal(st.Effect, "Allow");
        for (const action of st.Action) {
            assert.ok(!action.includes("*"), `wildcard action ${action}`);
            byAction.set(action, [...st.Resource].sort());
        }
        for (const resource of st.Resource) {
            // The only wildcard allowed: log streams of the function's own group, named by Lambda at run time.
            assert.ok(!resource.includes("*") || resource === `${logArn}:log-stream:*`, `wildcard resource ${resource}`);
        }
    }
    const inbound = r.one("aws:sqs/queue:Queue", "aws-inbound").state.arn;
    const dlq = r.one("aws:sqs/queue:Queue", "aws-deadletter").state.arn;
    assert.deepEqual(Object.fromEntries(byAction), {
        "sqs:ReceiveMessage": [inbound], "sqs:DeleteMessage": [inbound], "sqs:GetQueueAttributes": [inbound],
        "sqs:SendMessage": [dlq],
        "logs:CreateLogStream": [`${logArn}:log-stream:*`], "logs:PutLogEvents": [`${logArn}:log-stream:*`],
        "secretsmanager:GetSecretValue": secretArns,
    });
    const trust = JSON.parse(r.one("aws:iam/role:Role", "aws-function-role").inputs.assumeRolePolicy);
    assert.deepEqual(trust.Statement.map((s: any) => s.Principal), [{ Service: "lambda.amazonaws.com" }]);
    assert.equal(r.of("aws:iam/rolePolicyAttachment:RolePolicyAttachment").length, 0, "no managed policies attached");
});

test("aws: alarms on dead-letter depth and oldest message age go to the alarm topic", async () => {
    const r = await run({ alarmEmail: "ops@example.com", awsOldestMessageAgeAlarmSeconds: "900" });
    const topic = r.one("aws:sns/topic:Topic", "aws-alarms").state.arn;
    const depth = r.one("aws:cloudwatch/metricAlarm:MetricAlarm", "aws-deadletter-depth").inputs;
    assert.equal(depth.metricName, "ApproximateNumberOfMessagesVisible");
    assert.equal(depth.dimensions.QueueName, `evroute-inbound-dlq`);
    assert.equal(depth.comparisonOperator, "GreaterThanThreshold");
    assert.equal(depth.threshold, 0);
    assert.deepEqual(depth.alarmActions, [topic]);
    const age = r.one("aws:cloudwatch/metricAlarm:MetricAlarm", "aws-inbound-age").inputs;
    assert.equal(age.metricName, "ApproximateAgeOfOldestMessage");
    assert.equal(age.dimensions.QueueName, "evroute-inbound");
    assert.equal(age.threshold, 900);
    assert.deepEqual(age.alarmActions, [topic]);
    const sub = r.one("aws:sns/topicSubscription:TopicSubscription", "aws-alarms-email").inputs;
    assert.deepEqual([sub.protocol, sub.endpoint, sub.topic], ["email", "ops@example.com", topic]);
    const given = await run({ awsAlarmTopicArn: `arn:aws:sns:${region}:${account}:pager` });
    assert.equal(given.of("aws:sns/topic:Topic").length, 0);
    assert.deepEqual(given.one("aws:cloudwatch/metricAlarm:MetricAlarm", "aws-deadletter-depth").inputs.alarmActions, [`arn:aws:sns:${region}:${account}:pager`]);
});

test("aws: the log group keeps logs for the configured days and the function logs into it", async () => {
    const r = await run({ awsLogRetentionDays: "30" });
    const group = r.one("aws:cloudwatch/logGroup:LogGroup", "aws-function-logs").inputs;
    assert.equal(group.retentionInDays, 30);
    assert.equal(group.name, "/aws/lambda/evroute-router");
    assert.equal(r.one("aws:lambda/function:Function", "aws-function").inputs.loggingConfig.logGroup, group.name);
});

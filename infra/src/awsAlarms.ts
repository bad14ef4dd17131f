import * as pulumi from "@pulumi/pulumi";
import * as cloudwatch from "@pulumi/aws/cloudwatch";
import * as sns from "@pulumi/aws/sns";
import { Settings } from "./config";
import { AwsInbound } from "./aws";

/** Alarms on the dead-letter depth and the age of the oldest inbound message; returns the alarm target's ARN. */
export function createAwsAlarms(s: Settings, inbound: AwsInbound): pulumi.Output<string> {
    const opts = { provider: inbound.provider };
    let target: pulumi.Output<string>;
    if (s.aws.alarmTopicArn) {
        target = pulumi.output(s.aws.alarmTopicArn);
    } else {
        const topic = new sns.Topic("aws-alarms", { name: `${s.prefix}-alarms` }, opts);
        if (s.alarmEmail) {
            new sns.TopicSubscription("aws-alarms-email", { topic: topic.arn, protocol: "email", endpoint: s.alarmEmail }, opts);
        }
        target = topic.arn;
    }
    new cloudwatch.MetricAlarm("aws-deadletter-depth", {
        name: `${s.prefix}-deadletter-not-empty`,
        alarmDescription: "Messages reached the evroute dead-letter queue: inspect them, fix, then redrive.",
        namespace: "AWS/SQS",
        metricName: "ApproximateNumberOfMessagesVisible",
        dimensions: { QueueName: inbound.deadLetter.name },
        statistic: "Maximum",
        period: 60,
        evaluationPeriods: 1,
        threshold: 0,
        comparisonOperator: "GreaterThanThreshold",
        treatMissingData: "notBreaching",
        alarmActions: [target],
        okActions: [target],
    }, opts);
    new cloudwatch.MetricAlarm("aws-inbound-age", {
        name: `${s.prefix}-inbound-oldest-message-age`,
        alarmDescription: "The oldest inbound message waits too long: the router is failing or throttled.",
        namespace: "AWS/SQS",
        metricName: "ApproximateAgeOfOldestMessage",
        dimensions: { QueueName: inbound.queue.name },
        statistic: "Maximum",
        period: 300,
        evaluationPeriods: 1,
        threshold: s.aws.oldestMessageAgeAlarmSeconds,
        comparisonOperator: "GreaterThanOrEqualToThreshold",
        treatMissingData: "notBreaching",
        alarmActions: [target],
        okActions: [target],
    }, opts);
    return target;
}

import * as pulumi from "@pulumi/pulumi";
import { Provider } from "@pulumi/aws/provider";
import * as sqs from "@pulumi/aws/sqs";
import * as iam from "@pulumi/aws/iam";
import * as cloudwatch from "@pulumi/aws/cloudwatch";
import { Settings } from "./config";

/** 1 MiB, the SQS body limit since 2025; set explicitly because provider defaults still say 256 KiB. */
export const sqsMaxMessageBytes = 1048576;

/** The SQS side that exists before the function: queues, log group and the function's role. */
export interface AwsInbound {
    provider: Provider;
    queue: sqs.Queue;
    deadLetter: sqs.Queue;
    functionName: string;
    logGroup: cloudwatch.LogGroup;
    role: iam.Role;
    accountId: pulumi.Output<string>;
}

export function createAwsInbound(s: Settings): AwsInbound {
    const a = s.aws;
    const provider = new Provider("aws", { region: a.region });
    const opts = { provider };
    const deadLetter = new sqs.Queue("aws-deadletter", {
        name: `${s.prefix}-inbound-dlq`,
        maxMessageSize: sqsMaxMessageBytes,
        messageRetentionSeconds: 14 * 24 * 3600,
        sqsManagedSseEnabled: true,
    }, opts);
    const queue = new sqs.Queue("aws-inbound", {
        name: `${s.prefix}-inbound`,
        maxMessageSize: sqsMaxMessageBytes,
        sqsManagedSseEnabled: true,
        // Lambda's guidance: at least six times the function timeout, so a slow batch is not redelivered mid-flight.
        visibilityTimeoutSeconds: 6 * a.timeoutSeconds,
        messageRetentionSeconds: 4 * 24 * 3600,
        receiveWaitTimeSeconds: 20,
        redrivePolicy: deadLetter.arn.apply((arn) => JSON.stringify({ deadLetterTargetArn: arn, maxReceiveCount: a.maxReceiveCount })),
    }, opts);
    new sqs.RedriveAllowPolicy("aws-deadletter-redrive-allow", {
        queueUrl: deadLetter.url,
        redriveAllowPolicy: queue.arn.apply((arn) => JSON.stringify({ redrivePermission: "byQueue", sourceQueueArns: [arn] })),
    }, opts);
    const functionName = `${s.prefix}-router`;
    const logGroup = new cloudwatch.LogGroup("aws-function-logs", {
        name: `/aws/lambda/${functionName}`,
        retentionInDays: a.logRetentionDays,
    }, opts);
    const role = new iam.Role("aws-function-role", {
        assumeRolePolicy: JSON.stringify({
            Version: "2012-10-17",
            Statement: [{ Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" }],
        }),
    }, opts);
    const accountId = queue.arn.apply((arn) => arn.split(":")[4]);
    return { provider, queue, deadLetter, functionName, logGroup, role, accountId };
}

/** The least-privilege inline policy of the function's role; `secretArns` are the secrets it reads at start-up. */
export function functionPolicy(inbound: AwsInbound, secretArns: pulumi.Input<string>[]): pulumi.Output<string> {
    return pulumi.all([inbound.queue.arn, inbound.deadLetter.arn, inbound.logGroup.arn, pulumi.all(secretArns)])
        .apply(([queueArn, dlqArn, logArn, secrets]) => {
            const statements: object[] = [
                { Sid: "ConsumeInbound", Effect: "Allow", Action: ["sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes"], Resource: [queueArn] },
                { Sid: "DeadLetter", Effect: "Allow", Action: ["sqs:SendMessage"], Resource: [dlqArn] },
                // Log streams are named by Lambda at run time: the one wildcard is the stream part of the function's own group.
                { Sid: "Logs", Effect: "Allow", Action: ["logs:CreateLogStream", "logs:PutLogEvents"], Resource: [`${logArn.replace(/:\*$/, "")}:log-stream:*`] },
            ];
            if (secrets.length > 0) {
                statements.push({ Sid: "StartupSecrets", Effect: "Allow", Action: ["secretsmanager:GetSecretValue"], Resource: secrets });
            }
            return JSON.stringify({ Version: "2012-10-17", Statement: statements });
        });
}

/** The console page of the Lambda function. */
export function lambdaConsoleUrl(region: string, name: string): string {
    return `https://${region}.console.aws.amazon.com/lambda/home?region=${region}#/functions/${name}`;
}

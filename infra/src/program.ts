import * as path from "path";
import * as pulumi from "@pulumi/pulumi";
import { loadSettings, Settings } from "./config";
import { loadRoutes } from "./routes";
import { createAwsInbound } from "./aws";
import { createAwsFunction } from "./awsFunction";
import { createAzureInbound } from "./azure";
import { createAzureFunction } from "./azureFunction";
import { createGcpInbound } from "./gcp";
import { createGcpService } from "./gcpService";
import { Inbounds, wireDestinations } from "./crossCloud";

export type StackOutputs = Record<string, pulumi.Input<string>>;

/** Declares the whole stack and returns its outputs (none of them secret: credentials never leave their stores). */
export function deploy(s: Settings = loadSettings()): StackOutputs {
    const routes = loadRoutes(s.routesFile, s.clouds);
    const on = (c: "aws" | "azure" | "gcp") => s.clouds.includes(c);
    const azureIsDestination = s.clouds.some((c) => c !== "azure" && routes.destinationsOf(c).includes("azure"));
    const inbound: Inbounds = {
        aws: on("aws") ? createAwsInbound(s) : undefined,
        azure: on("azure") ? createAzureInbound(s, azureIsDestination) : undefined,
        gcp: on("gcp") ? createGcpInbound(s) : undefined,
    };
    const wiring = wireDestinations(s, routes, inbound);
    const outputs: StackOutputs = { routesFile: path.relative(s.repoRoot, s.routesFile), clouds: s.clouds.join(",") };
    if (inbound.aws) {
        const fn = createAwsFunction(s, inbound.aws, routes, wiring.aws ?? []);
        Object.assign(outputs, {
            awsInboundQueueUrl: inbound.aws.queue.url,
            awsInboundQueueArn: inbound.aws.queue.arn,
            awsDeadLetterQueueUrl: inbound.aws.deadLetter.url,
            awsDeadLetterQueueArn: inbound.aws.deadLetter.arn,
            awsFunctionName: fn.function.name,
            awsAlarmTopicArn: fn.alarmTopicArn,
            awsConsoleUrl: fn.consoleUrl,
        });
    }
    if (inbound.azure) {
        const fn = createAzureFunction(s, inbound.azure, routes, wiring.azure ?? []);
        Object.assign(outputs, {
            azureResourceGroup: inbound.azure.resourceGroup.name,
            azureStorageAccount: inbound.azure.account.name,
            azureStorageAccountId: inbound.azure.account.id,
            azureInboundQueueName: inbound.azure.queue.name,
            azureInboundQueueUrl: inbound.azure.queueUrl,
            azurePoisonQueueName: inbound.azure.poison.name,
            azureFunctionAppName: fn.app.name,
            azureConsoleUrl: fn.consoleUrl,
            azureDeployCommand: fn.deployCommand,
        });
    }
    if (inbound.gcp) {
        const svc = createGcpService(s, inbound.gcp, routes, wiring.gcp ?? []);
        Object.assign(outputs, {
            gcpInboundTopic: inbound.gcp.topic.id,
            gcpDeadLetterTopic: inbound.gcp.deadLetterTopic.id,
            gcpDeadLetterSubscription: inbound.gcp.deadLetterSubscription.id,
            gcpPushSubscription: svc.pushSubscription.id,
            gcpServiceName: svc.service.name,
            gcpServiceUrl: svc.serviceUrl,
            gcpConsoleUrl: svc.consoleUrl,
        });
    }
    return outputs;
}

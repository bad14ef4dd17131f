import * as pulumi from "@pulumi/pulumi";
import * as iam from "@pulumi/aws/iam";
import * as lambda from "@pulumi/aws/lambda";
import * as secretsmanager from "@pulumi/aws/secretsmanager";
import { Settings } from "./config";
import { RoutingPlan } from "./routes";
import { AwsInbound, functionPolicy, lambdaConsoleUrl } from "./aws";
import { createAwsAlarms } from "./awsAlarms";
import { secretKey, Setting } from "./wiring";

/** Where the config layer's files appear in the Lambda sandbox (layers unpack under /opt). */
export const layerRoot = "/opt/evroute";

export interface AwsFunction {
    function: lambda.Function;
    alarmTopicArn: pulumi.Output<string>;
    consoleUrl: string;
}

export function createAwsFunction(s: Settings, inbound: AwsInbound, routes: RoutingPlan, settings: Setting[]): AwsFunction {
    const a = s.aws;
    const opts = { provider: inbound.provider };
    const env: Record<string, pulumi.Input<string>> = {
        EVROUTE_DEADLETTER_QUEUE_URL: inbound.deadLetter.url,
        // The Lambda environment is capped at 4 KB: the routing table travels as a file in the config layer.
        EVROUTE_ROUTES_FILE: `${layerRoot}/routes.json`,
    };
    const files: Record<string, pulumi.Input<string>> = { "routes.json": routes.json };
    const secretArns: pulumi.Output<string>[] = [];
    for (const setting of settings) {
        if (setting.kind === "plain") {
            env[setting.name] = setting.value;
        } else if (setting.kind === "file") {
            files[setting.fileName] = setting.content;
            env[setting.name] = `${layerRoot}/${setting.fileName}`;
        } else {
            // Lambda has no secret references in its environment: the function reads the secret at start-up.
            const store = new secretsmanager.Secret(`aws-secret-${secretKey(setting.name)}`, {
                description: `evroute: ${setting.name} for ${a.region} Lambda ${inbound.functionName}`,
            }, opts);
            new secretsmanager.SecretVersion(`aws-secret-${secretKey(setting.name)}-value`, {
                secretId: store.id,
                secretString: setting.value,
            }, opts);
            env[`${setting.name}_SECRET_ARN`] = store.arn;
            secretArns.push(store.arn);
        }
    }
    const names = Object.keys(files).sort();
    const layer = new lambda.LayerVersion("aws-config-layer", {
        layerName: `${s.prefix}-config`,
        description: "evroute routing table and non-secret credential configuration",
        compatibleArchitectures: [a.architecture],
        code: pulumi.all(names.map((n) => files[n])).apply((contents) => new pulumi.asset.AssetArchive(
            Object.fromEntries(names.map((n, i) => [`evroute/${n}`, new pulumi.asset.StringAsset(contents[i])])))),
    }, opts);
    const policy = new iam.RolePolicy("aws-function-policy", {
        role: inbound.role.id,
        policy: functionPolicy(inbound, secretArns),
    }, opts);
    const fn = new lambda.Function("aws-function", {
        name: inbound.functionName,
        role: inbound.role.arn,
        runtime: a.runtime,
        handler: a.handler,
        architectures: [a.architecture],
        code: new pulumi.asset.FileArchive(a.artifact),
        timeout: a.timeoutSeconds,
        memorySize: a.memoryMb,
        layers: [layer.arn, ...(a.secretsExtensionLayerArn ? [a.secretsExtensionLayerArn] : [])],
        environment: { variables: env },
        loggingConfig: { logFormat: "JSON", logGroup: inbound.logGroup.name },
    }, { ...opts, dependsOn: [policy, inbound.logGroup] });
    new lambda.EventSourceMapping("aws-inbound-trigger", {
        eventSourceArn: inbound.queue.arn,
        functionName: fn.arn,
        batchSize: a.batchSize,
        maximumBatchingWindowInSeconds: a.batchingWindowSeconds,
        functionResponseTypes: ["ReportBatchItemFailures"],
        scalingConfig: { maximumConcurrency: a.maxConcurrency },
    }, opts);
    const alarmTopicArn = createAwsAlarms(s, inbound);
    return { function: fn, alarmTopicArn, consoleUrl: lambdaConsoleUrl(a.region, inbound.functionName) };
}

import * as fs from "fs";
import * as path from "path";
import * as pulumi from "@pulumi/pulumi";

/** The clouds this program knows; the same lower-case names as routes.json and the functions use. */
export const allClouds = ["azure", "aws", "gcp"] as const;
export type CloudName = (typeof allClouds)[number];

export type LambdaRuntime = "provided.al2023" | "dotnet10";
export type LambdaArchitecture = "x86_64" | "arm64";

export interface AwsSettings {
    region: string;
    runtime: LambdaRuntime;
    handler: string;
    architecture: LambdaArchitecture;
    artifact: string;
    timeoutSeconds: number;
    memoryMb: number;
    batchSize: number;
    batchingWindowSeconds: number;
    maxConcurrency: number;
    maxReceiveCount: number;
    logRetentionDays: number;
    oldestMessageAgeAlarmSeconds: number;
    alarmTopicArn?: string;
    secretsExtensionLayerArn?: string;
}

export interface AzureSettings {
    location: string;
    artifact: string;
    queueName: string;
    instanceMemoryMb: number;
    maximumInstanceCount: number;
    logRetentionDays: number;
    sasValidityDays: number;
}

export interface GcpSettings {
    project: string;
    region: string;
    artifact: string;
    baseImage: string;
    command: string[];
    timeoutSeconds: number;
    minimumBackoff: string;
    maximumBackoff: string;
    maxDeliveryAttempts: number;
    maxInstances: number;
}

/** Everything the program reads from stack configuration (namespace `evroute`), defaults applied. */
export interface Settings {
    prefix: string;
    clouds: CloudName[];
    repoRoot: string;
    routesFile: string;
    alarmEmail?: string;
    aws: AwsSettings;
    azure: AzureSettings;
    gcp: GcpSettings;
}

const managedHandler = "Serverless.Functions.Aws::Serverless.Functions.Aws.Function::HandleAsync";

/** The folder holding Pulumi.yaml: paths in configuration are relative to it, whatever the working directory. */
export function findRepoRoot(start: string = process.cwd()): string {
    for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
        if (fs.existsSync(path.join(dir, "Pulumi.yaml"))) {
            return dir;
        }
        if (path.dirname(dir) === dir) {
            throw new Error(`no Pulumi.yaml found above ${start}: run the program from the repository`);
        }
    }
}

function oneOf<T extends string>(key: string, value: string, allowed: readonly T[]): T {
    if (!(allowed as readonly string[]).includes(value)) {
        throw new Error(`evroute:${key} is '${value}': expected one of ${allowed.join(", ")}`);
    }
    return value as T;
}

function parseClouds(raw: string | undefined): CloudName[] {
    if (raw === undefined || raw.trim() === "") {
        return [...allClouds];
    }
    const names = raw.trim().startsWith("[") ? (JSON.parse(raw) as string[]) : raw.split(",");
    const clouds = names.map((n) => oneOf("clouds", String(n).trim(), allClouds));
    if (clouds.length === 0) {
        throw new Error("evroute:clouds names no cloud");
    }
    return [...new Set(clouds)];
}

/** Reads and validates the stack configuration. */
export function loadSettings(config: pulumi.Config = new pulumi.Config("evroute")): Settings {
    const repoRoot = findRepoRoot();
    const clouds = parseClouds(config.get("clouds"));
    const runtime = oneOf("awsRuntime", config.get("awsRuntime") ?? "provided.al2023", ["provided.al2023", "dotnet10"] as const);
    // The function starts no new work within EVROUTE_DEADLINE_MARGIN_MS (3 s) of its deadline: a shorter timeout
    // would leave it (almost) no time to route, and every batch would go back to the queue untouched.
    const timeoutSeconds = config.getNumber("awsTimeoutSeconds", { min: 10, max: 900 }) ?? 30;
    const gcpRegion = config.get("gcpRegion") ?? "us-central1";
    const gcpProject = config.get("gcpProject") ?? new pulumi.Config("gcp").get("project");
    if (clouds.includes("gcp") && !gcpProject) {
        throw new Error("evroute:gcpProject (or gcp:project) is required when gcp is among evroute:clouds");
    }
    return {
        prefix: config.get("namePrefix") ?? "evroute",
        clouds,
        repoRoot,
        routesFile: path.resolve(repoRoot, config.get("routesFile") ?? "routes.json"),
        alarmEmail: config.get("alarmEmail"),
        aws: {
            region: config.get("awsRegion") ?? new pulumi.Config("aws").get("region") ?? "us-east-1",
            runtime,
            handler: config.get("awsHandler") ?? (runtime === "dotnet10" ? managedHandler : "bootstrap"),
            architecture: oneOf("awsArchitecture", config.get("awsArchitecture") ?? "x86_64", ["x86_64", "arm64"] as const),
            artifact: path.resolve(repoRoot, config.get("awsArtifact") ?? "artifacts/aws/bootstrap.zip"),
            timeoutSeconds,
            memoryMb: config.getNumber("awsMemoryMb", { min: 128, max: 10240 }) ?? 512,
            batchSize: config.getNumber("awsBatchSize", { min: 1, max: 10000 }) ?? 10,
            batchingWindowSeconds: config.getNumber("awsBatchingWindowSeconds", { min: 0, max: 300 }) ?? 1,
            maxConcurrency: config.getNumber("awsMaxConcurrency", { min: 2, max: 1000 }) ?? 10,
            maxReceiveCount: config.getNumber("awsMaxReceiveCount", { min: 1, max: 1000 }) ?? 5,
            logRetentionDays: config.getNumber("awsLogRetentionDays") ?? 14,
            oldestMessageAgeAlarmSeconds: config.getNumber("awsOldestMessageAgeAlarmSeconds", { min: 60 }) ?? 600,
            alarmTopicArn: config.get("awsAlarmTopicArn"),
            secretsExtensionLayerArn: config.get("awsSecretsExtensionLayerArn"),
        },
        azure: {
            location: config.get("azureLocation") ?? "westeurope",
            artifact: path.resolve(repoRoot, config.get("azureArtifact") ?? "artifacts/azure/functionapp.zip"),
            queueName: config.get("azureQueueName") ?? "evroute-inbound",
            instanceMemoryMb: config.getNumber("azureInstanceMemoryMb") ?? 2048,
            maximumInstanceCount: config.getNumber("azureMaximumInstanceCount", { min: 1, max: 1000 }) ?? 40,
            logRetentionDays: config.getNumber("azureLogRetentionDays", { min: 30, max: 730 }) ?? 30,
            sasValidityDays: config.getNumber("azureSasValidityDays", { min: 1, max: 3650 }) ?? 365,
        },
        gcp: {
            project: gcpProject ?? "",
            region: gcpRegion,
            artifact: path.resolve(repoRoot, config.get("gcpArtifact") ?? "artifacts/gcp/service.tar.gz"),
            baseImage: config.get("gcpBaseImage") ?? `${gcpRegion}-docker.pkg.dev/serverless-runtimes/google-24/runtimes/dotnet10`,
            command: config.getObject<string[]>("gcpCommand") ?? ["dotnet", "Serverless.Functions.Gcp.dll"],
            timeoutSeconds: config.getNumber("gcpTimeoutSeconds", { min: 10, max: 600 }) ?? 60,
            minimumBackoff: config.get("gcpMinimumBackoff") ?? "10s",
            maximumBackoff: config.get("gcpMaximumBackoff") ?? "600s",
            maxDeliveryAttempts: config.getNumber("gcpMaxDeliveryAttempts", { min: 5, max: 100 }) ?? 5,
            maxInstances: config.getNumber("gcpMaxInstances", { min: 1, max: 1000 }) ?? 10,
        },
    };
}

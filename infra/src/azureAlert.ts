import * as pulumi from "@pulumi/pulumi";
import * as monitor from "@pulumi/azure-native/monitor";
import { Settings } from "./config";
import { AzureInbound } from "./azure";

/**
 * Storage queue metrics are per account, not per queue, so the poison queue is watched through its write log:
 * the queue service's StorageWrite logs go to Log Analytics and a log alert fires on any PutMessage to the poison queue.
 */
export function createAzureAlert(s: Settings, inbound: AzureInbound): monitor.ScheduledQueryRule {
    const opts = { provider: inbound.provider };
    const diagnostics = new monitor.DiagnosticSetting("azure-queue-logs", {
        resourceUri: pulumi.interpolate`${inbound.account.id}/queueServices/default`,
        workspaceId: inbound.workspace.id,
        logs: [{ category: "StorageWrite", enabled: true }],
    }, opts);
    const actionGroups: pulumi.Output<string>[] = [];
    if (s.alarmEmail) {
        const group = new monitor.ActionGroup("azure-alarms", {
            resourceGroupName: inbound.resourceGroup.name,
            location: "global",
            groupShortName: s.prefix.slice(0, 12),
            enabled: true,
            emailReceivers: [{ name: "operator", emailAddress: s.alarmEmail, useCommonAlertSchema: true }],
        }, opts);
        actionGroups.push(group.id);
    }
    return new monitor.ScheduledQueryRule("azure-poison-alert", {
        resourceGroupName: inbound.resourceGroup.name,
        displayName: `${s.prefix}: messages in the poison queue`,
        description: "Messages were written to the evroute poison queue: inspect them, fix, then move them back.",
        kind: "LogAlert",
        severity: 2,
        enabled: true,
        scopes: [inbound.workspace.id],
        evaluationFrequency: "PT5M",
        windowSize: "PT5M",
        criteria: {
            allOf: [{
                query: inbound.poison.name.apply((q) =>
                    `StorageQueueLogs | where OperationName == "PutMessage" and Uri has "/${q}/messages"`),
                timeAggregation: "Count",
                operator: "GreaterThan",
                threshold: 0,
                failingPeriods: { numberOfEvaluationPeriods: 1, minFailingPeriodsToAlert: 1 },
            }],
        },
        actions: { actionGroups },
    }, { ...opts, dependsOn: [diagnostics] });
}

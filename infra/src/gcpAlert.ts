import * as monitoring from "@pulumi/gcp/monitoring";
import { Settings } from "./config";
import { GcpInbound } from "./gcp";

/** Alerts when the dead-letter keeper subscription holds any undelivered message. */
export function createGcpAlert(s: Settings, inbound: GcpInbound): monitoring.AlertPolicy {
    const opts = { provider: inbound.provider, dependsOn: inbound.apis };
    const channels = s.alarmEmail
        ? [new monitoring.NotificationChannel("gcp-alarm-email", {
            displayName: `${s.prefix} alarms`,
            type: "email",
            labels: { email_address: s.alarmEmail },
        }, opts).name]
        : [];
    return new monitoring.AlertPolicy("gcp-deadletter-backlog", {
        displayName: `${s.prefix}: dead letters waiting`,
        combiner: "OR",
        conditions: [{
            displayName: "dead-letter subscription has undelivered messages",
            conditionThreshold: {
                filter: inbound.deadLetterSubscription.name.apply((sub) =>
                    `resource.type = "pubsub_subscription" AND resource.label.subscription_id = "${sub}" ` +
                    `AND metric.type = "pubsub.googleapis.com/subscription/num_undelivered_messages"`),
                comparison: "COMPARISON_GT",
                thresholdValue: 0,
                duration: "60s",
                aggregations: [{ alignmentPeriod: "60s", perSeriesAligner: "ALIGN_MAX" }],
                trigger: { count: 1 },
            },
        }],
        documentation: { content: "Messages reached the evroute dead-letter topic. Pull them from the keeper subscription, fix, republish.", mimeType: "text/markdown" },
        notificationChannels: channels,
    }, opts);
}

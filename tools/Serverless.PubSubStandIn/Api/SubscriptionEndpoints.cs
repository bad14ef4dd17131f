using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Serverless.PubSubStandIn.Broker;
using Serverless.PubSubStandIn.Wire;

namespace Serverless.PubSubStandIn.Api;

/// <summary>projects.subscriptions: create, get, delete, list, pull, acknowledge, modifyAckDeadline, modifyPushConfig.</summary>
internal static class SubscriptionEndpoints
{
    public static void Map(IEndpointRouteBuilder app, PubSubBroker broker, TimeSpan pullWait)
    {
        const string Subscription = "/v1/projects/{project}/subscriptions/{subscription}";
        app.MapPut(Subscription, (string project, string subscription, HttpRequest request) => Respond.RunAsync(async () =>
        {
            var body = await Respond.ReadAsync<Subscription>(request).ConfigureAwait(false) ?? new Subscription();
            return broker.CreateSubscription(project, subscription, body);
        }));
        app.MapGet(Subscription, (string project, string subscription) => Respond.Run(() => broker.GetSubscription(project, subscription)));
        app.MapDelete(Subscription, (string project, string subscription) => Respond.Run(() =>
        {
            broker.DeleteSubscription(project, subscription);
            return null;
        }));
        app.MapGet("/v1/projects/{project}/subscriptions", (string project) => Respond.Run(() => broker.ListSubscriptions(project)));
        app.MapPost(Subscription, (string project, string subscription, HttpRequest request) => Respond.RunAsync(async () =>
        {
            var (id, verb) = Respond.SplitVerb(subscription);
            return verb switch
            {
                "pull" => await broker.PullAsync(project, id, await Body<PullRequest>(request).ConfigureAwait(false), pullWait, request.HttpContext.RequestAborted).ConfigureAwait(false),
                "acknowledge" => Acknowledge(broker.Find(project, id), await Body<AcknowledgeRequest>(request).ConfigureAwait(false)),
                "modifyAckDeadline" => ModifyAckDeadline(broker, broker.Find(project, id), await Body<ModifyAckDeadlineRequest>(request).ConfigureAwait(false)),
                "modifyPushConfig" => ModifyPushConfig(broker, project, id, await Body<ModifyPushConfigRequest>(request).ConfigureAwait(false)),
                _ => throw Respond.UnknownMethod(verb),
            };
        }));
    }

    private static async Task<T> Body<T>(HttpRequest request)
        where T : class, new() =>
        await Respond.ReadAsync<T>(request).ConfigureAwait(false) ?? new T();

    private static object? Acknowledge(SubscriptionState state, AcknowledgeRequest body)
    {
        state.Acknowledge(RequireAckIds(body.AckIds));
        return null;
    }

    private static object? ModifyAckDeadline(PubSubBroker broker, SubscriptionState state, ModifyAckDeadlineRequest body)
    {
        var seconds = body.AckDeadlineSeconds ?? 0;
        if (seconds is < 0 or > 600)
        {
            throw ApiException.Invalid("Invalid ack deadline given: ackDeadlineSeconds must be between 0 and 600.");
        }

        state.ModifyAckDeadline(RequireAckIds(body.AckIds), seconds, broker.Now);
        broker.PushWork.Set();
        return null;
    }

    private static object? ModifyPushConfig(PubSubBroker broker, string project, string id, ModifyPushConfigRequest body)
    {
        broker.ModifyPushConfig(project, id, body);
        return null;
    }

    private static IReadOnlyList<string> RequireAckIds(IReadOnlyList<string>? ackIds) =>
        ackIds is { Count: > 0 } ? ackIds : throw ApiException.Invalid("No ack ids given: ackIds must not be empty.");
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Serverless.PubSubStandIn.Broker;
using Serverless.PubSubStandIn.Wire;

namespace Serverless.PubSubStandIn.Api;

/// <summary>projects.topics: create, get, delete, list, publish, subscriptions.list.</summary>
internal static class TopicEndpoints
{
    public static void Map(IEndpointRouteBuilder app, PubSubBroker broker)
    {
        const string Topic = "/v1/projects/{project}/topics/{topic}";
        app.MapPut(Topic, (string project, string topic, HttpRequest request) =>
            Respond.RunAsync(async () => broker.CreateTopic(project, topic, await Respond.ReadAsync<Topic>(request).ConfigureAwait(false))));
        app.MapGet(Topic, (string project, string topic) => Respond.Run(() => broker.GetTopic(project, topic)));
        app.MapDelete(Topic, (string project, string topic) => Respond.Run(() =>
        {
            broker.DeleteTopic(project, topic);
            return null;
        }));
        app.MapGet("/v1/projects/{project}/topics", (string project) => Respond.Run(() => broker.ListTopics(project)));
        app.MapGet(Topic + "/subscriptions", (string project, string topic) =>
            Respond.Run(() => broker.ListTopicSubscriptions(project, topic)));
        app.MapPost(Topic, (string project, string topic, HttpRequest request) => Respond.RunAsync(async () =>
        {
            var (id, verb) = Respond.SplitVerb(topic);
            if (verb != "publish")
            {
                throw Respond.UnknownMethod(verb);
            }

            var body = await Respond.ReadAsync<PublishRequest>(request).ConfigureAwait(false) ?? new PublishRequest();
            return broker.Publish(project, id, body);
        }));
    }
}

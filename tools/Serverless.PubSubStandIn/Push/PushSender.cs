using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Serverless.PubSubStandIn.Api;
using Serverless.PubSubStandIn.Auth;
using Serverless.PubSubStandIn.Broker;
using Serverless.PubSubStandIn.Wire;

namespace Serverless.PubSubStandIn.Push;

/// <summary>POSTs one push envelope; true when the endpoint acknowledged it (102, 200, 201, 202, 204).</summary>
internal sealed class PushSender(HttpClient http, OidcTokenSigner signer, TimeProvider clock)
{
    private static readonly HashSet<HttpStatusCode> Acknowledging =
        [HttpStatusCode.Processing, HttpStatusCode.OK, HttpStatusCode.Created, HttpStatusCode.Accepted, HttpStatusCode.NoContent];

    public async Task<bool> SendAsync(SubscriptionState subscription, SubscriptionSettings settings, Lease lease, TimeSpan deadline, CancellationToken cancellationToken)
    {
        var push = settings.Push!;
        var envelope = new PushEnvelope(
            lease.Message.ToPushWire(),
            subscription.Name,
            settings.HasDeadLetterPolicy ? lease.DeliveryAttempt : null);
        using var request = new HttpRequestMessage(HttpMethod.Post, push.PushEndpoint)
        {
            Content = JsonContent.Create(envelope, options: StandInJson.Options),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.UserAgent.ParseAdd("APIs-Google");
        if (push.OidcToken is { } oidc)
        {
            var audience = string.IsNullOrEmpty(oidc.Audience) ? push.PushEndpoint! : oidc.Audience;
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", signer.CreateToken(oidc.ServiceAccountEmail!, audience, clock.GetUtcNow()));
        }

        // The push deadline is the ack deadline: a slower answer is a nack.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(deadline);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            return Acknowledging.Contains(response.StatusCode);
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}

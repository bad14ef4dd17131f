using Google.Apis.Auth.OAuth2;

namespace Serverless.Routing.Gcp;

/// <summary>
/// Access tokens from Google.Apis.Auth: application default credentials (a service-account key, an
/// <c>external_account</c> file for workload identity federation, or the metadata server on Cloud Run), scoped to
/// Pub/Sub. The credential caches its token and refreshes it before it expires.
/// </summary>
public sealed class GoogleAccessTokenSource : IAccessTokenSource
{
    /// <summary>The OAuth scope Pub/Sub publishing needs.</summary>
    public const string PubSubScope = "https://www.googleapis.com/auth/pubsub";

    private readonly Func<CancellationToken, Task<GoogleCredential>> load;
    private readonly Lock gate = new();
    private Task<GoogleCredential>? credential;

    /// <summary>Uses application default credentials, loaded on first use.</summary>
    public GoogleAccessTokenSource()
        : this(GoogleCredential.GetApplicationDefaultAsync)
    {
    }

    /// <summary>Uses <paramref name="credential"/> (scoped here).</summary>
    public GoogleAccessTokenSource(GoogleCredential credential)
    {
        ArgumentNullException.ThrowIfNull(credential);
        load = _ => Task.FromResult(credential);
    }

    private GoogleAccessTokenSource(Func<CancellationToken, Task<GoogleCredential>> load) => this.load = load;

    /// <inheritdoc />
    public async Task<string> GetAccessTokenAsync(CancellationToken cancellationToken)
    {
        var loaded = await GetCredentialAsync(cancellationToken).ConfigureAwait(false);
        return await ((ITokenAccess)loaded).GetAccessTokenForRequestAsync(null, cancellationToken).ConfigureAwait(false);
    }

    private Task<GoogleCredential> GetCredentialAsync(CancellationToken cancellationToken)
    {
        lock (gate)
        {
            // A failed load (no credentials yet, metadata server not up) is tried again on the next message
            // rather than cached, so a transient start-up problem does not poison the instance.
            if (credential is null || credential.IsFaulted || credential.IsCanceled)
            {
                credential = LoadScopedAsync(cancellationToken);
            }

            return credential;
        }
    }

    private async Task<GoogleCredential> LoadScopedAsync(CancellationToken cancellationToken)
    {
        var loaded = await load(cancellationToken).ConfigureAwait(false);
        return loaded.CreateScoped(PubSubScope);
    }
}

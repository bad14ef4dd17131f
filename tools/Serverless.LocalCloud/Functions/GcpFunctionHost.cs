using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Serverless.Functions.Gcp;
using Serverless.LocalCloud.Journal;
using Serverless.Routing;

namespace Serverless.LocalCloud.Functions;

/// <summary>
/// The Google function as itself: functions/Gcp's ASP.NET Core app on Kestrel (127.0.0.1, <c>PORT</c>), built by its
/// own <see cref="GcpApp"/> from the same settings Cloud Run gives it; only the router host carries the journal's observer.
/// </summary>
public sealed class GcpFunctionHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private GcpFunctionHost(WebApplication app, Uri address)
    {
        this.app = app;
        Address = address;
    }

    /// <summary>Where it listens, e.g. http://127.0.0.1:8086/ (the push endpoint is <c>POST /</c>).</summary>
    public Uri Address { get; }

    /// <summary>Builds and starts the app; <paramref name="log"/> receives its JSON log lines.</summary>
    public static async Task<GcpFunctionHost> StartAsync(IReadOnlyDictionary<string, string> settings, JourneyJournal journal, TextWriter log, CancellationToken cancellationToken)
    {
        var reader = FunctionSettings.Reader(settings);
        var app = GcpApp.Build(new GcpAppOptions
        {
            Settings = reader,
            Host = ObservedRouter.Create(Cloud.Gcp, reader, journal),
            ListenAddress = "127.0.0.1",
            Log = log,
        });
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new GcpFunctionHost(app, new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/"));
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }
}

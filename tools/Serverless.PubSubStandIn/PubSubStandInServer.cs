using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Serverless.PubSubStandIn.Api;
using Serverless.PubSubStandIn.Auth;
using Serverless.PubSubStandIn.Broker;
using Serverless.PubSubStandIn.Push;

namespace Serverless.PubSubStandIn;

/// <summary>
/// A running stand-in for Google's Pub/Sub emulator on 127.0.0.1 (local development and tests only).
/// Point a client at it with <c>PUBSUB_EMULATOR_HOST=</c><see cref="EmulatorHost"/>.
/// </summary>
public sealed class PubSubStandInServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly CancellationTokenSource stopping;
    private readonly Task deliveryLoop;
    private readonly IDisposable[] owned;

    private PubSubStandInServer(WebApplication app, CancellationTokenSource stopping, Task deliveryLoop, Uri baseAddress, IDisposable[] owned)
    {
        this.app = app;
        this.stopping = stopping;
        this.deliveryLoop = deliveryLoop;
        this.owned = owned;
        BaseAddress = baseAddress;
    }

    /// <summary>For example http://127.0.0.1:8085/.</summary>
    public Uri BaseAddress { get; }

    /// <summary>"127.0.0.1:port", the value PUBSUB_EMULATOR_HOST takes.</summary>
    public string EmulatorHost => $"{BaseAddress.Host}:{BaseAddress.Port}";

    /// <summary>Starts listening; returns once requests are accepted.</summary>
    public static async Task<PubSubStandInServer> StartAsync(PubSubStandInOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, options.Port));
        builder.Logging.SetMinimumLevel(options.LogLevel);
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        var app = builder.Build();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("PubSubStandIn");

        var clock = TimeProvider.System;
        var scales = new TimeScales(options.BackoffScale, options.AckDeadlineScale);
        var faults = new FaultInjector(clock);
        var broker = new PubSubBroker(scales, faults, clock, logger);
        var signer = new OidcTokenSigner();
        var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(1) }) { Timeout = Timeout.InfiniteTimeSpan };
        TopicEndpoints.Map(app, broker);
        SubscriptionEndpoints.Map(app, broker, options.PullWait);
        StandInEndpoints.Map(app, broker, faults, signer);

        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var stopping = new CancellationTokenSource();
        var loop = new PushDeliveryLoop(broker, new PushSender(http, signer, clock), scales, options.MaxPushInFlight, options.SweepInterval, logger);
        var deliveryLoop = Task.Run(() => loop.RunAsync(stopping.Token), CancellationToken.None);
        return new PubSubStandInServer(app, stopping, deliveryLoop, new Uri(address.TrimEnd('/') + "/"), [http, signer]);
    }

    /// <summary>Stops delivery and the listener, and drops all state.</summary>
    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync().ConfigureAwait(false);
        try
        {
            await deliveryLoop.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Expected on shutdown.
        }

        await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
        foreach (var item in owned)
        {
            item.Dispose();
        }

        stopping.Dispose();
    }
}

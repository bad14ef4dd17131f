using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Serverless.Functions.Gcp.Auth;
using Serverless.Functions.Gcp.Logging;
using Serverless.Functions.Gcp.Push;
using Serverless.Routing;
using Serverless.Routing.Configuration;
using Serverless.Routing.Gcp;
using Serverless.Routing.Hosting;

namespace Serverless.Functions.Gcp;

/// <summary>
/// Composes the Cloud Run service: settings, router, dead-letter writer, token validator, JSON logging, and the
/// routes <c>POST /</c> and <c>GET /healthz</c>. Everything is built before the server starts, so a bad setting
/// stops start-up with a <see cref="SettingsException"/> naming it.
/// </summary>
public static class GcpApp
{
    /// <summary>Builds the app; run it with <c>RunAsync</c> or <c>StartAsync</c>.</summary>
    public static WebApplication Build(GcpAppOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Settings ?? SettingsReader.FromEnvironment();
        var gcp = GcpSettings.Read(settings);
        var deadLetters = options.DeadLetters
            ?? (gcp.DeadLetterTopic is { } topic ? new PubSubDeadLetterWriter(PubSubPublisherFactory.FromSettings(settings), topic) : null);
        var host = options.Host ?? RouterHost.Create(Cloud.Gcp, settings);
        var validator = gcp.PushAudience is { } audience
            ? new PushTokenValidator(new PushAuthOptions
            {
                Audience = audience,
                ServiceAccountEmail = gcp.PushServiceAccount,
                CertificatesUrl = options.CertificatesUrl,
                Time = options.Time,
            })
            : null;
        if (!IPAddress.TryParse(options.ListenAddress, out var address))
        {
            throw new SettingsException($"listen address '{options.ListenAddress}' is not an IP address");
        }

        var log = new JsonLineWriter(options.Log ?? Console.Out);
        if (deadLetters is null)
        {
            // Permanent failures then get 422 and rely on the subscription's dead-letter policy; without one,
            // Pub/Sub would redeliver them until their retention runs out.
            log.Write("WARNING", "EVROUTE_DEADLETTER_TOPIC is not set: permanent failures are answered 422 and need the push subscription's dead-letter policy", ("setting", "EVROUTE_DEADLETTER_TOPIC"));
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [.. options.Args] });
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(new CloudLoggingProvider(log));
        builder.Logging.SetMinimumLevel(LogLevel.Information);
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(address, gcp.Port));
        builder.Services.AddSingleton(host);
        builder.Services.AddSingleton(log);
        builder.Services.AddSingleton(new PushEndpoint(host, validator, new OutcomeResponder(deadLetters, options.Time), log));
        options.ConfigureBuilder?.Invoke(builder);

        var app = builder.Build();
        var endpoint = app.Services.GetRequiredService<PushEndpoint>();
        app.MapPost("/", endpoint.HandleAsync);
        app.MapGet("/healthz", () => Results.Text("ok"));
        return app;
    }
}

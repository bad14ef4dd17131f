using Microsoft.AspNetCore.Builder;
using Serverless.Routing.Configuration;
using Serverless.Routing.DeadLetters;
using Serverless.Routing.Hosting;

namespace Serverless.Functions.Gcp;

/// <summary>What <see cref="GcpApp.Build"/> composes; every member defaults to production behaviour.</summary>
public sealed record GcpAppOptions
{
    /// <summary>Command-line arguments.</summary>
    public IReadOnlyList<string> Args { get; init; } = [];

    /// <summary>The settings; default the process environment.</summary>
    public SettingsReader? Settings { get; init; }

    /// <summary>A ready router (tests pass one with in-memory sinks); default built from <see cref="Settings"/>.</summary>
    public RouterHost? Host { get; init; }

    /// <summary>The dead-letter writer; default a Pub/Sub writer when <c>EVROUTE_DEADLETTER_TOPIC</c> is set.</summary>
    public IDeadLetterWriter? DeadLetters { get; init; }

    /// <summary>The address Kestrel binds (<c>0.0.0.0</c> on Cloud Run; tests use <c>127.0.0.1</c>).</summary>
    public string ListenAddress { get; init; } = "0.0.0.0";

    /// <summary>The JWK set URL push tokens are checked against; default Google's.</summary>
    public string? CertificatesUrl { get; init; }

    /// <summary>The clock for token times and dead-letter timestamps.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Where log lines go; default standard output.</summary>
    public TextWriter? Log { get; init; }

    /// <summary>A last change to the builder (tests: <c>UseTestServer</c>).</summary>
    public Action<WebApplicationBuilder>? ConfigureBuilder { get; init; }
}

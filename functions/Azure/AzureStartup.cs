using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Serverless.Routing;
using Serverless.Routing.Azure;
using Serverless.Routing.Configuration;
using Serverless.Routing.DeadLetters;
using Serverless.Routing.Hosting;

namespace Serverless.Functions.Azure;

/// <summary>Start-up: validate every setting before the worker starts, then register the singletons.</summary>
public static class AzureStartup
{
    /// <summary>
    /// Builds the router and checks the dead-letter settings; throws <see cref="SettingsException"/> naming the
    /// bad setting. <paramref name="sinks"/> replaces the destination sinks (tests).
    /// </summary>
    public static RouterHost Validate(SettingsReader settings, IEnumerable<Routing.Delivery.IEventSink>? sinks = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var router = RouterHost.Create(Cloud.Azure, settings, sinks: sinks);
        _ = StorageQueueDeadLetterFactory.FromSettings(settings, NullLogger.Instance);
        return router;
    }

    /// <summary>Registers the router, the dead-letter writer, the processor and the function.</summary>
    public static IServiceCollection AddEvrouteAzure(this IServiceCollection services, RouterHost router, SettingsReader settings)
    {
        services.AddSingleton(router);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IDeadLetterWriter>(sp =>
            StorageQueueDeadLetterFactory.FromSettings(settings, sp.GetRequiredService<ILogger<StorageQueueDeadLetterWriter>>()));
        services.AddSingleton<InboundMessageProcessor>();
        services.AddSingleton<InboundQueueFunction>();
        return services;
    }
}

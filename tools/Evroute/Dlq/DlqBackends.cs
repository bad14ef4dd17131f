using Serverless.Routing;

namespace Evroute.Dlq;

/// <summary><see cref="IDlqBackends"/> over fixed maps; a cloud that is absent was not configured.</summary>
internal sealed class DlqBackends(
    IReadOnlyDictionary<Cloud, IDeadLetterStore> stores, IReadOnlyDictionary<Cloud, IInboundQueue> inbounds, IReadOnlyDictionary<Cloud, string>? missing = null)
    : IDlqBackends
{
    public IReadOnlyList<Cloud> Configured => [.. CloudNames.All.Where(stores.ContainsKey)];

    public IDeadLetterStore Store(Cloud cloud) =>
        stores.TryGetValue(cloud, out var store) ? store : throw new DlqConfigException(Missing(cloud, "dead-letter store"));

    public IInboundQueue Inbound(Cloud cloud) =>
        inbounds.TryGetValue(cloud, out var inbound) ? inbound : throw new DlqConfigException(Missing(cloud, "inbound queue"));

    private string Missing(Cloud cloud, string what) =>
        missing is not null && missing.TryGetValue(cloud, out var hint)
            ? $"the {cloud.ToName()} {what} is not configured: {hint}"
            : $"the {cloud.ToName()} {what} is not configured";
}

using Evroute.Dlq.Config;
using Serverless.Routing;

namespace Evroute.Dlq;

/// <summary><c>dlq list</c>: every dead letter of the chosen clouds in one table (or one JSON array).</summary>
internal sealed class ListVerb(DlqContext context)
{
    public Task<int> RunAsync(DlqFlags flags, Cloud? cloud, TimeSpan? since, string? reason, bool json, CancellationToken cancellationToken) =>
        context.RunAsync(flags, async operations =>
        {
            var backends = operations.Backends;
            IReadOnlyList<Cloud> clouds = cloud is { } one ? [one] : backends.Configured;
            if (clouds.Count == 0)
            {
                throw new DlqConfigException("no dead-letter store is configured");
            }

            var selection = new DeadLetterSelection(Reason: reason, Since: since is { } age ? DateTimeOffset.UtcNow - age : null);
            var result = await operations.ListAsync(clouds, selection, cancellationToken).ConfigureAwait(false);
            var letters = result.Letters.OrderBy(l => l.Cloud).ThenBy(l => l.FailedAt).ToList();
            if (json)
            {
                await context.Io.Out.WriteLineAsync(DlqJson.Write(letters)).ConfigureAwait(false);
            }
            else
            {
                if (letters.Count > 0)
                {
                    DlqTable.Write(context.Console, letters);
                }

                foreach (var (emptyCloud, store) in result.Empty)
                {
                    await context.Io.Out.WriteLineAsync($"no dead letters in {emptyCloud.ToName()} ({store})").ConfigureAwait(false);
                }

                var filtered = clouds.Count - result.Empty.Count - result.Errors.Count;
                if (letters.Count == 0 && filtered > 0)
                {
                    await context.Io.Out.WriteLineAsync("no dead letters match the filter").ConfigureAwait(false);
                }
            }

            foreach (var (_, _, error) in result.Errors)
            {
                await context.ErrorAsync(error).ConfigureAwait(false);
            }

            return result.Errors.Count > 0 ? DlqExitCodes.Unavailable : DlqExitCodes.Ok;
        });
}

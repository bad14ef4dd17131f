using Evroute.Verbs;
using Serverless.Routing;

namespace Evroute.Local;

/// <summary><c>local send --to CLOUD FILE|-</c>: puts the bytes, unchanged, on that cloud's inbound queue.</summary>
internal sealed class SendVerb(CommandIo io)
{
    public async Task<int> RunAsync(string? repositoryRoot, Cloud to, string file, CancellationToken cancellationToken)
    {
        var bytes = EventInput.Read(file, io.In, out var readError);
        if (bytes is null)
        {
            await io.Error.WriteLineAsync($"evroute: {readError}").ConfigureAwait(false);
            return ExitCodes.Failed;
        }

        using var clients = LocalClients.Open(LocalPaths.Find(repositoryRoot), out var fromState);
        try
        {
            var id = await clients.Sender().SendAsync(to, bytes, cancellationToken).ConfigureAwait(false);
            var queue = to == Cloud.Gcp ? clients.Addresses.Topology.GcpTopic : clients.Addresses.Topology.Inbound;
            await io.Out.WriteLineAsync($"sent {bytes.Length} bytes to {to.ToName()} {queue} (message {id}){(fromState ? string.Empty : "; no local up state found, used the default names")}").ConfigureAwait(false);
            return ExitCodes.Ok;
        }
        catch (Exception ex) when (ex is HttpRequestException or Amazon.Runtime.AmazonServiceException or Azure.RequestFailedException or Amazon.Runtime.AmazonClientException)
        {
            await io.Error.WriteLineAsync($"evroute: sending to {to.ToName()} failed (is evroute local up running?): {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Failed;
        }
    }
}

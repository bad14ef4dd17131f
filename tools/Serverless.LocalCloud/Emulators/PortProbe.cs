using System.Net.Sockets;

namespace Serverless.LocalCloud.Emulators;

/// <summary>Checks whether something accepts TCP connections on a loopback port.</summary>
public static class PortProbe
{
    /// <summary>True when <paramref name="host"/>:<paramref name="port"/> accepts a connection within <paramref name="timeout"/>.</summary>
    public static async Task<bool> IsOpenAsync(string host, int port, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            await client.ConnectAsync(host, port, limit.Token).ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>Splits <c>host:port</c>; false when it is not that.</summary>
    public static bool TrySplit(string hostAndPort, out string host, out int port)
    {
        ArgumentNullException.ThrowIfNull(hostAndPort);
        host = string.Empty;
        port = 0;
        var text = hostAndPort.Contains("://", StringComparison.Ordinal) ? hostAndPort : "tcp://" + hostAndPort;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Port < 0)
        {
            return false;
        }

        host = uri.Host;
        port = uri.Port;
        return true;
    }
}

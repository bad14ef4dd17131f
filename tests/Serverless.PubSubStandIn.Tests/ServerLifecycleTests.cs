using System.Diagnostics;
using System.Net.Sockets;

namespace Serverless.PubSubStandIn.Tests;

public sealed class ServerLifecycleTests
{
    [Fact]
    public async Task StartAsync_PortZero_PicksAFreeLoopbackPortAndDisposeStopsIt()
    {
        var first = await PubSubStandInServer.StartAsync(new PubSubStandInOptions(), CancellationToken.None);
        await using var second = await PubSubStandInServer.StartAsync(new PubSubStandInOptions(), CancellationToken.None);
        var host = first.EmulatorHost;
        using (var client = new StandInClient(first.BaseAddress))
        {
            await client.CreateTopicAsync("alive");
        }

        await first.DisposeAsync();

        Assert.Matches(@"^127\.0\.0\.1:\d+$", host);
        Assert.NotEqual(host, second.EmulatorHost);
        using var socket = new TcpClient();
        await Assert.ThrowsAnyAsync<SocketException>(() => socket.ConnectAsync("127.0.0.1", first.BaseAddress.Port));
    }

    [Fact]
    public async Task Program_RunAsProcess_PrintsListeningLineAndServes()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Serverless.PubSubStandIn.dll");
        using var process = Process.Start(new ProcessStartInfo("dotnet", ["exec", dll, "--port", "0", "--backoff-scale", "0.01"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            var line = await process.StandardOutput.ReadLineAsync(timeout.Token);

            Assert.NotNull(line);
            Assert.Matches(@"^pubsub stand-in listening on 127\.0\.0\.1:\d+$", line);
            using var client = new StandInClient(new Uri($"http://{line["pubsub stand-in listening on ".Length..]}/"));
            Assert.Equal("projects/test-project/topics/from-process", (await client.CreateTopicAsync("from-process"))["name"]!.GetValue<string>());
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }
}

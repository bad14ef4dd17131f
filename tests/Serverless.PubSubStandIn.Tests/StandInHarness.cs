namespace Serverless.PubSubStandIn.Tests;

/// <summary>One stand-in per test class instance, with fast back-off and ack deadlines (x0.01: 10 s is 100 ms).</summary>
public abstract class StandInHarness : IAsyncLifetime
{
    protected PubSubStandInServer Server { get; private set; } = null!;

    protected StandInClient Client { get; private set; } = null!;

    protected virtual PubSubStandInOptions Options => new() { BackoffScale = 0.01, AckDeadlineScale = 0.01, PullWait = TimeSpan.FromMilliseconds(300) };

    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        Server = await PubSubStandInServer.StartAsync(Options, timeout.Token);
        Client = new StandInClient(Server.BaseAddress);
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }
}

using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Bot.Platforms.Discord;
using NewsBot.Bot.Platforms.Discord.Gateway;
using NewsBot.Bot.Tests.Platforms.Discord.Fakes;

namespace NewsBot.Bot.Tests.Platforms.Discord.Gateway;

public sealed class DiscordGatewayClientTests : IAsyncLifetime, IDisposable
{
    private readonly RecordingSink _sink = new();
    private readonly CancellationTokenSource _stop = new();
    private FakeDiscord _fake = null!;
    private DiscordGatewayClient _client = null!;
    private Task<string> _run = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeDiscord.StartAsync();
        _client = new DiscordGatewayClient(new DiscordCredentials(FakeDiscord.Token), Options.Create(new DiscordOptions
        {
            Token = FakeDiscord.Token,
            GatewayUrl = _fake.GatewayUrl,
            MinReconnectDelayMilliseconds = 5,
            MaxReconnectDelayMilliseconds = 40,
            ShardId = 1,
            ShardCount = 2,
        }), _sink, TimeProvider.System, NullLogger<DiscordGatewayClient>.Instance) { Random = () => 0.5 };
        _run = _client.RunAsync(_stop.Token);
    }

    public async Task DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _run;
        }
        catch (OperationCanceledException)
        {
            // The normal end of a run.
        }

        await _fake.DisposeAsync();
    }

    public void Dispose() => _stop.Dispose();

    [Fact]
    public async Task RunAsync_NormalSession_IdentifiesWithMinimalIntentsAndDeliversEvents()
    {
        var connection = await ReadyAsync();
        await connection.DispatchAsync("MESSAGE_CREATE", 2, new JsonObject { ["id"] = "5", ["content"] = "hello" });

        await FakeDiscord.WaitUntilAsync(() => _sink.Events.Count == 1);
        var ready = Assert.Single(_sink.Readies);
        Assert.Equal("900", ready.UserId);
        Assert.Equal("800", ready.ApplicationId);
        Assert.Equal("MESSAGE_CREATE", _sink.Events.Single().Type);
        Assert.Equal(2, _client.Session.Sequence);
    }

    [Fact]
    public async Task RunAsync_Identify_CarriesTokenIntentsShardAndProperties()
    {
        var connection = await _fake.NextConnectionAsync();
        await connection.HelloAsync();
        var identify = (await connection.ExpectAsync(2))["d"]!;

        Assert.Equal(FakeDiscord.Token, identify["token"]!.GetValue<string>());
        Assert.Equal(1 | 512 | 4096, identify["intents"]!.GetValue<int>());
        Assert.Equal("[1,2]", identify["shard"]!.ToJsonString());
        Assert.Equal("newsbot", identify["properties"]!["browser"]!.GetValue<string>());
    }

    [Fact]
    public async Task RunAsync_Heartbeat_CarriesLastSequence()
    {
        var connection = await ReadyAsync(heartbeatInterval: 50);
        await connection.DispatchAsync("GUILD_CREATE", 7, new JsonObject { ["id"] = "1" });
        await FakeDiscord.WaitUntilAsync(() => _client.Session.Sequence == 7);

        JsonObject beat;
        do
            beat = await connection.ExpectAsync(1);
        while (beat["d"]?.GetValue<long>() != 7 && beat["d"]?.GetValue<long>() == 1);
        Assert.Equal(7, beat["d"]!.GetValue<long>());
    }

    [Fact]
    public async Task RunAsync_ServerHeartbeatRequest_IsAnsweredAtOnce()
    {
        var connection = await ReadyAsync();
        await connection.SendAsync(new JsonObject { ["op"] = 1, ["d"] = null });

        var beat = await connection.ExpectAsync(1);
        Assert.Equal(1, beat["d"]!.GetValue<long>());
    }

    [Fact]
    public async Task RunAsync_Reconnect_ResumesAtResumeUrlAndReceivesReplayedEvents()
    {
        var first = await ReadyAsync();
        await first.DispatchAsync("MESSAGE_CREATE", 2, new JsonObject { ["id"] = "a" });
        await FakeDiscord.WaitUntilAsync(() => _client.Session.Sequence == 2);
        await first.SendAsync(new JsonObject { ["op"] = 7, ["d"] = null });

        var second = await _fake.NextConnectionAsync();
        await second.HelloAsync();
        var resume = (await second.ExpectAsync(6))["d"]!;
        await second.DispatchAsync("MESSAGE_CREATE", 3, new JsonObject { ["id"] = "missed" });
        await second.DispatchAsync("RESUMED", 4, new JsonObject());

        await FakeDiscord.WaitUntilAsync(() => _sink.Events.Count == 2);
        await first.Closed;
        Assert.Equal("/resume", second.Path);
        Assert.Equal("s1", resume["session_id"]!.GetValue<string>());
        Assert.Equal(2, resume["seq"]!.GetValue<long>());
        Assert.Equal(FakeDiscord.Token, resume["token"]!.GetValue<string>());
        Assert.NotEqual(1000, first.ClientCloseCode);
        Assert.Equal("missed", _sink.Events.Last().Data.GetProperty("id").GetString());
        Assert.Single(_sink.Readies);
    }

    [Theory]
    [InlineData(true, "/resume", 6)]
    [InlineData(false, "/gateway", 2)]
    public async Task RunAsync_InvalidSession_ResumesOnlyWhenResumable(bool resumable, string path, int op)
    {
        var first = await ReadyAsync();
        await first.SendAsync(new JsonObject { ["op"] = 9, ["d"] = resumable });

        var second = await _fake.NextConnectionAsync();
        await second.HelloAsync();
        await second.ExpectAsync(op);
        Assert.Equal(path, second.Path);
    }

    [Fact]
    public async Task RunAsync_NoHeartbeatAck_DropsZombieConnectionAndResumes()
    {
        var first = await ReadyAsync(heartbeatInterval: 60);
        first.AutoAck = false;

        var second = await _fake.NextConnectionAsync();
        await second.HelloAsync();
        var resume = await second.ExpectAsync(6);
        Assert.Equal("/resume", second.Path);
        Assert.Equal("s1", resume["d"]!["session_id"]!.GetValue<string>());
        Assert.True(first.HeartbeatsReceived >= 1);
    }

    [Theory]
    [InlineData(4004)]
    [InlineData(4010)]
    [InlineData(4011)]
    [InlineData(4012)]
    [InlineData(4013)]
    [InlineData(4014)]
    public async Task RunAsync_FatalCloseCode_StopsWithReason(int code)
    {
        var connection = await _fake.NextConnectionAsync();
        await connection.HelloAsync();
        await connection.ExpectAsync(2);
        await connection.CloseAsync(code, "nope");

        var reason = await _run.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Contains(code.ToString(System.Globalization.CultureInfo.InvariantCulture), reason, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeDiscord.Token, reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(4000, "/resume", 6)]
    [InlineData(4008, "/resume", 6)]
    [InlineData(4007, "/gateway", 2)]
    [InlineData(4009, "/gateway", 2)]
    public async Task RunAsync_RecoverableCloseCode_ResumesOrIdentifies(int code, string path, int op)
    {
        var first = await ReadyAsync();
        await first.CloseAsync(code);

        var second = await _fake.NextConnectionAsync();
        await second.HelloAsync();
        await second.ExpectAsync(op);
        Assert.Equal(path, second.Path);
    }

    [Fact]
    public async Task RunAsync_GatewayDropsMidMessage_ResumesFromLastWholeEvent()
    {
        var first = await ReadyAsync();
        await first.DispatchAsync("MESSAGE_CREATE", 2, new JsonObject { ["id"] = "whole" });
        await FakeDiscord.WaitUntilAsync(() => _client.Session.Sequence == 2);
        await first.DropMidMessageAsync();

        var second = await _fake.NextConnectionAsync();
        await second.HelloAsync();
        var resume = await second.ExpectAsync(6);
        Assert.Equal(2, resume["d"]!["seq"]!.GetValue<long>());
        Assert.Single(_sink.Events);
    }

    private async Task<FakeGatewayConnection> ReadyAsync(int heartbeatInterval = 45_000)
    {
        var connection = await _fake.NextConnectionAsync();
        await connection.HelloAsync(heartbeatInterval);
        await connection.ExpectAsync(2);
        await connection.DispatchAsync("READY", 1, new JsonObject
        {
            ["v"] = 10,
            ["user"] = new JsonObject { ["id"] = "900", ["username"] = "newsbot", ["bot"] = true },
            ["application"] = new JsonObject { ["id"] = "800" },
            ["session_id"] = "s1",
            ["resume_gateway_url"] = _fake.ResumeUrl,
            ["guilds"] = new JsonArray(),
        });
        await FakeDiscord.WaitUntilAsync(() => !_sink.Readies.IsEmpty);
        return connection;
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsBot.Bot.Hosting;
using NewsBot.Bot.Platforms;
using NewsBot.Bot.Platforms.Discord;
using NewsBot.Bot.Tests.Platforms.Discord.Fakes;
using NewsBot.Core.Chat;
using NewsBot.Core.Storage;

// Two measurements of the Discord client against the fake Discord on 127.0.0.1 (see benchmarks/README-discord.md):
// 1. sustained message posts per second under the fake's per-channel rate limits, and the 429s that cost;
// 2. interaction received -> first response latency (deferred, and immediate), median and p99.
var messagesPerChannel = Argument(0, 40);
var interactions = Argument(1, 400);

await using (var fake = await FakeDiscord.StartAsync())
{
    fake.MessageLimit = 5;
    fake.MessageWindow = TimeSpan.FromSeconds(1);
    using var host = await StartBotAsync(fake, deferAfterMs: 0);
    var sender = host.Services.GetRequiredService<IDigestSender>();
    foreach (var channels in new[] { 1, 4 })
    {
        var before = fake.TooManyRequestsSent;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, channels).Select(async c =>
        {
            for (var i = 0; i < messagesPerChannel; i++)
                await sender.SendDigestAsync((7000 + (channels * 10) + c).ToString(CultureInfo.InvariantCulture), ChatAnswer.Text("Bench", "Message " + i), $"bench-{channels}-{c}-{i}", CancellationToken.None);
        }));
        clock.Stop();
        var sent = channels * messagesPerChannel;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"send rate: {channels} channel(s) x {messagesPerChannel} msgs, fake limit {fake.MessageLimit}/{fake.MessageWindow.TotalSeconds:0.#}s per channel: {sent / clock.Elapsed.TotalSeconds:0.0} msg/s, 429s: {fake.TooManyRequestsSent - before}"));
    }

    await host.StopAsync();
}

foreach (var deferAfter in new[] { 0, 1000 })
{
    await using var fake = await FakeDiscord.StartAsync();
    using var host = await StartBotAsync(fake, deferAfter);
    var gateway = await ReadyAsync(fake);
    var latencies = new List<double>();
    const int warmUp = 20;
    for (var i = 0; i < interactions + warmUp; i++)
    {
        var id = (10_000 + i).ToString(CultureInfo.InvariantCulture);
        var answered = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnRequest(FakeRestRequest r)
        {
            if (r.Path == $"interactions/{id}/tok{id}/callback")
                answered.TrySetResult(r.At);
        }

        fake.RequestReceived += OnRequest;
        var start = Stopwatch.GetTimestamp();
        await gateway.DispatchAsync("INTERACTION_CREATE", i + 2, Interaction(id, "help"));
        var at = await answered.Task.WaitAsync(TimeSpan.FromSeconds(10));
        fake.RequestReceived -= OnRequest;
        if (i >= warmUp)
            latencies.Add(Stopwatch.GetElapsedTime(start, at).TotalMilliseconds);
    }

    latencies.Sort();
    var kind = deferAfter == 0 ? "deferred (type 5)" : "immediate (type 4)";
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"interaction -> {kind}: n={latencies.Count} min {latencies[0]:0.00} ms, median {Percentile(latencies, 0.5):0.00} ms, p99 {Percentile(latencies, 0.99):0.00} ms, max {latencies[^1]:0.00} ms (after {warmUp} warm-up)"));
    await host.StopAsync();
}

static double Percentile(List<double> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

int Argument(int index, int fallback) => args.Length > index && int.TryParse(args[index], out var value) ? value : fallback;

static async Task<IHost> StartBotAsync(FakeDiscord fake, int deferAfterMs)
{
    var folder = Directory.CreateTempSubdirectory("newsbot-bench-").FullName;
    var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = folder });
    builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Store:Provider"] = "sqlite",
        ["Store:SqlitePath"] = Path.Combine(folder, "bench.db"),
        ["Feeds:Folder"] = folder,
        ["Topics:ProfileFolder"] = Path.Combine(AppContext.BaseDirectory, "profiles"),
        ["Topics:DefaultProfile"] = "coalition",
        ["Discord:Token"] = FakeDiscord.Token,
        ["Discord:RestBaseUrl"] = fake.RestBaseUrl,
        ["Discord:GatewayUrl"] = fake.GatewayUrl,
        ["Discord:DeferAfterMilliseconds"] = deferAfterMs.ToString(CultureInfo.InvariantCulture),
    });
    builder.Logging.ClearProviders();
    builder.AddNewsBotCore();
    builder.AddDiscord();
    var host = builder.Build();
    await host.Services.GetRequiredService<INewsStore>().MigrateAsync(CancellationToken.None);
    await host.StartAsync();
    return host;
}

static async Task<FakeGatewayConnection> ReadyAsync(FakeDiscord fake)
{
    var connection = await fake.NextConnectionAsync();
    await connection.HelloAsync();
    await connection.ExpectAsync(2);
    await connection.DispatchAsync("READY", 1, new JsonObject
    {
        ["user"] = new JsonObject { ["id"] = "900" },
        ["application"] = new JsonObject { ["id"] = "800" },
        ["session_id"] = "bench",
        ["resume_gateway_url"] = fake.ResumeUrl,
    });
    await FakeDiscord.WaitUntilAsync(() => fake.RequestsTo("PUT", "applications/800/commands").Count == 1);
    return connection;
}

static JsonObject Interaction(string id, string command) => new()
{
    ["id"] = id,
    ["application_id"] = "800",
    ["type"] = 2,
    ["token"] = "tok" + id,
    ["channel_id"] = "500",
    ["guild_id"] = "700",
    ["member"] = new JsonObject { ["user"] = new JsonObject { ["id"] = "55" }, ["permissions"] = "0" },
    ["data"] = new JsonObject { ["name"] = command, ["type"] = 1 },
};

// NewsBot Slack bench: runs the real bot host (SlackSetup.AddSlack, Socket Mode, pump, Web API client) against
// the scripted fake Slack on 127.0.0.1 and measures
//   1. envelope sent by the fake -> ack received by the fake (median, p99), one envelope at a time;
//   2. sustained chat.postMessage rate through IChatPlatform with the fake enforcing ~1 message/s per channel.
// Usage: dotnet run -c Release --project benchmarks/NewsBot.SlackBench [envelopes] [channels] [postsPerChannel]
using System.Globalization;
using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsBot.Bot.Hosting;
using NewsBot.Bot.Platforms;
using NewsBot.Bot.Platforms.Slack;
using NewsBot.Bot.Tests.Platforms.Slack.Fakes;
using NewsBot.Core.Chat;
using NewsBot.SlackBench;

var envelopes = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2000;
var channels = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 40;
var postsPerChannel = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5;
const int Warmup = 200;

await using var fake = await FakeSlackServer.StartAsync();
fake.EnforceChannelRate = true;
var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Slack:BotToken"] = "xoxb-bench-0000-0000",
    ["Slack:AppToken"] = "xapp-1-bench-0000-0000",
    ["Slack:ApiBaseUrl"] = fake.ApiBaseUrl.AbsoluteUri,
});
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<ICommandHandler, EchoHandler>();
builder.Services.AddSingleton<CommandRouter>();
builder.Services.AddSingleton<ChatDispatcher>();
builder.AddSlack();
using var host = builder.Build();
await host.StartAsync();
var socket = await fake.WaitForSocketAsync(1);

// 1. Ack latency. Each envelope is a mention in one of many channels, so the pump's answers (posted while
// later envelopes arrive) load the process as they would in a busy newsroom.
var latencies = new List<double>();
for (var i = 0; i < Warmup + envelopes; i++)
{
    var id = "bench-" + i.ToString(CultureInfo.InvariantCulture);
    var channel = "CB" + (i % 500).ToString("D7", CultureInfo.InvariantCulture);
    await socket.SendEnvelopeAsync(id, "events_api", SlackPayloads.Mention("Ev" + id, "<@UBOT0001> question " + i, "1700000000." + i.ToString("D6", CultureInfo.InvariantCulture), channel: channel));
    await fake.WaitForAckAsync(id);
    if (i >= Warmup)
        latencies.Add(fake.AckLatency(id)!.Value.TotalMilliseconds);
}

latencies.Sort();
double Percentile(double p) => latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(p * latencies.Count) - 1)];
Console.WriteLine($"envelope -> ack over {envelopes} envelopes: median {Percentile(0.50):F3} ms, p99 {Percentile(0.99):F3} ms, max {latencies[^1]:F3} ms");

// 2. Sustained posting under the fake's per-channel limit.
var platform = host.Services.GetRequiredService<IChatPlatform>();
var limitedBefore = fake.RateLimitedPosts;
var answer = ChatAnswer.Text("Bench", "A short message.");
var clock = Stopwatch.StartNew();
await Task.WhenAll(Enumerable.Range(0, channels).Select(async c =>
{
    var channel = "CP" + c.ToString("D7", CultureInfo.InvariantCulture);
    for (var n = 0; n < postsPerChannel; n++)
        await platform.SendAsync(channel, answer, CancellationToken.None);
}));
clock.Stop();
var posted = channels * postsPerChannel;
var calls = fake.CallsTo("chat.postMessage").Count(c => c.Json["channel"]!.GetValue<string>().StartsWith("CP", StringComparison.Ordinal));
Console.WriteLine($"posting {posted} messages to {channels} channels: {posted / clock.Elapsed.TotalSeconds:F1} messages/s over {clock.Elapsed.TotalSeconds:F2} s, {calls} calls to those channels, {fake.RateLimitedPosts - limitedBefore} answered 429 in all");
await host.StopAsync();

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Moq;
using NewsBot.Bot.Hosting;
using NewsBot.Bot.Platforms.Slack;
using NewsBot.Bot.Platforms.Slack.Api;
using NewsBot.Bot.Platforms.Slack.SocketMode;
using NewsBot.Core.Chat;
using NewsBot.Core.Chat.Handlers;
using NewsBot.Core.Quotes;
using NewsBot.Core.Storage;

namespace NewsBot.Bot.Tests.Platforms.Slack.Fakes;

/// <summary>
/// The real bot host with Slack registered by <see cref="SlackSetup.AddSlack"/>, pointed at a fake Slack, with the
/// real router and dispatcher over a store double that knows a few quotes, and short socket timings.
/// </summary>
internal sealed class SlackBotHarness : IAsyncDisposable
{
    public const string BotToken = "xoxb-0000-test-bot-token-secret";
    public const string AppToken = "xapp-1-A0FAKE01-test-app-token-secret";
    public const string NewsChannel = "C0NEWS001";
    public const string AdminUser = "UADMIN001";

    private SlackBotHarness(IHost host, CapturingLoggerProvider logs)
    {
        Host = host;
        Logs = logs;
    }

    public IHost Host { get; }

    public CapturingLoggerProvider Logs { get; }

    public IServiceProvider Services => Host.Services;

    public static async Task<SlackBotHarness> StartAsync(
        FakeSlackServer fake, IReadOnlyList<QuoteHit>? quotes = null, ICommandHandler? extra = null,
        IDictionary<string, string?>? settings = null, SlackSocketTuning? tuning = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        var config = new Dictionary<string, string?>
        {
            ["Slack:BotToken"] = BotToken,
            ["Slack:AppToken"] = AppToken,
            ["Slack:ApiBaseUrl"] = fake.ApiBaseUrl.AbsoluteUri,
            ["Slack:Channels:0:Id"] = NewsChannel,
            ["Slack:Channels:0:Profile"] = "coalition",
            ["Slack:Channels:0:DigestCron"] = "0 0 8 * * ?",
            ["Slack:Channels:0:TimeZone"] = "Europe/London",
            ["Slack:AdminUserIds:0"] = AdminUser,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            config[key] = value;
        builder.Configuration.AddInMemoryCollection(config);
        var logs = new CapturingLoggerProvider();
        builder.Logging.AddProvider(logs);
        builder.Logging.SetMinimumLevel(LogLevel.Trace);

        var store = new Mock<INewsStore>();
        store.Setup(s => s.FindQuotesAsync(It.IsAny<QuoteQuery>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((QuoteQuery q, CancellationToken _) => (quotes ?? []).Where(h => q.Speaker is null || h.Quote.Speaker.Contains(q.Speaker, StringComparison.OrdinalIgnoreCase)).ToList());
        store.Setup(s => s.ListSpeakersAsync(It.IsAny<string?>(), It.IsAny<DateTimeOffset?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([]);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(store.Object);
        builder.Services.AddSingleton<ICommandHandler, WhoSaidHandler>();
        builder.Services.AddSingleton<ICommandHandler, AskHandler>();
        if (extra is not null)
            builder.Services.AddSingleton(extra);
        builder.Services.AddSingleton<CommandRouter>();
        builder.Services.AddSingleton<ChatDispatcher>();
        builder.AddSlack();
        // Short backoff so reconnection tests run quickly; a pong timeout long enough that a loaded machine never
        // trips it by accident (the silent-connection test passes its own). The last registration wins.
        builder.Services.AddSingleton(tuning ?? new SlackSocketTuning
        {
            PingInterval = TimeSpan.FromSeconds(1),
            PongTimeout = TimeSpan.FromSeconds(10),
            HelloTimeout = TimeSpan.FromSeconds(10),
            BaseBackoff = TimeSpan.FromMilliseconds(20),
            MaxBackoff = TimeSpan.FromMilliseconds(200),
        });
        builder.Services.AddSingleton(sp => new SlackRateLimiter(sp.GetRequiredService<TimeProvider>()) { ChannelInterval = TimeSpan.FromMilliseconds(50) });
        var host = builder.Build();
        await host.StartAsync();
        return new SlackBotHarness(host, logs);
    }

    /// <summary>A quote by John Healey, with text of the caller's choosing.</summary>
    public static QuoteHit HealeyQuote(string text) => new(
        new Quote("John Healey", "UK Defence Secretary", text, QuoteKind.Direct, 0, text.Length),
        1, "Healey in Paris", "The Test Wire", new Uri("https://news.example/healey-paris?a=1&b=2"),
        new DateTimeOffset(2025, 3, 12, 9, 0, 0, TimeSpan.Zero));

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await Host.StopAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // A test that stopped the host itself (link_disabled) may leave nothing to stop.
        }

        Host.Dispose();
    }
}

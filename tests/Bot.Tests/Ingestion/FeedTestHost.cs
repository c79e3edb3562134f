using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsBot.Bot.Feeds;
using NewsBot.Bot.Hosting;
using NewsBot.Core.Analysis;
using NewsBot.Core.Ingestion;
using NewsBot.Core.Keywords;
using NewsBot.Core.Quotes;
using NewsBot.Core.Storage;
using NewsBot.Core.Storage.Sqlite;

namespace NewsBot.Bot.Tests.Ingestion;

/// <summary>The feed services as the bot wires them, over a real SQLite store in a temporary folder.</summary>
internal sealed class FeedTestHost : IAsyncDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "newsbot-feeds-" + Guid.NewGuid().ToString("N"));

    private FeedTestHost(FeedOptions options, Action<IServiceCollection>? replace)
    {
        Store = new SqliteNewsStore(Path.Combine(_root, "news.db"));
        Store.MigrateAsync(CancellationToken.None).GetAwaiter().GetResult();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(Options.Create(options));
        services.AddSingleton<INewsStore>(Store);
        services.AddSingleton(new ProfileCatalog(TopicProfileLoader.LoadFolder(Path.Combine(RepoRoot(), "profiles")), "coalition"));
        services.AddSingleton<ITextAnalyzer>(new TextAnalyzer(new SimpleQuoteExtractor()));
        services.AddSingleton<ArticleIngestor>();
        services.AddFeeds();
        replace?.Invoke(services);
        Services = services.BuildServiceProvider();
    }

    public SqliteNewsStore Store { get; }

    public ServiceProvider Services { get; }

    public IFeedStateStore Feeds => Services.GetRequiredService<IFeedStateStore>();

    internal FeedPoller Poller => Services.GetRequiredService<FeedPoller>();

    /// <summary>Test defaults: the loopback test server allowed (the test-only switch), one quick retry.</summary>
    public static FeedTestHost Create(Action<FeedOptions>? configure = null, Action<IServiceCollection>? replace = null)
    {
        var options = new FeedOptions { AllowPrivateAddresses = true, MaxRetries = 1, RequestTimeoutSeconds = 5, MaxFeedBytes = 32 * 1024 };
        configure?.Invoke(options);
        return new FeedTestHost(options, replace);
    }

    public async Task<int> ArticleCountAsync() => (await Store.GetStatisticsAsync(CancellationToken.None)).Articles;

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    private static string RepoRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "NewsBot.sln")))
            folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("NewsBot.sln not found above the test folder");
    }
}

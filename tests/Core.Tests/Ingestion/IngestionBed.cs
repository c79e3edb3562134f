using Moq;
using NewsBot.Core.Analysis;
using NewsBot.Core.Ingestion;
using NewsBot.Core.Keywords;
using NewsBot.Core.Quotes;
using NewsBot.Core.Storage;
using NewsBot.Core.Storage.Sqlite;

namespace NewsBot.Core.Tests.Ingestion;

/// <summary>A real SQLite store in a temporary folder, a real ingestor, and a feed folder to drop files in.</summary>
internal sealed class IngestionBed : IDisposable
{
    // The language detector's models are large: one for the whole test run, as in the bot.
    public static readonly LanguageIdentifier Languages = new();

    private readonly string _root = Path.Combine(Path.GetTempPath(), "newsbot-ingest-" + Guid.NewGuid().ToString("N"));

    public IngestionBed()
    {
        Directory.CreateDirectory(Folder);
        Store = new SqliteNewsStore(Path.Combine(_root, "news.db"));
        Store.MigrateAsync(CancellationToken.None).GetAwaiter().GetResult();
        Ingestor = new ArticleIngestor(Store, new TextAnalyzer(new RuleQuoteExtractor()), Profiles(), TimeProvider.System, Languages);
    }

    public string Folder => Path.Combine(_root, "feeds");

    public SqliteNewsStore Store { get; }

    public ArticleIngestor Ingestor { get; }

    /// <summary>
    /// An ingestor over a mock store that records each <c>SaveAllAsync</c> call's articles in <paramref name="saves"/>
    /// and reports every article inserted; for checking how ingestion groups its transactions.
    /// </summary>
    public static (Mock<INewsStore> Store, ArticleIngestor Ingestor) RecordingIngestor(List<IReadOnlyList<IngestedArticle>> saves)
    {
        var store = new Mock<INewsStore>();
        store.Setup(s => s.SaveAllAsync(It.IsAny<IReadOnlyList<IngestedArticle>>(), It.IsAny<CancellationToken>()))
            .Callback((IReadOnlyList<IngestedArticle> items, CancellationToken _) => saves.Add(items))
            .ReturnsAsync((IReadOnlyList<IngestedArticle> items, CancellationToken _) => items.Select(_ => SaveOutcome.Inserted).ToList());
        return (store, new ArticleIngestor(store.Object, new TextAnalyzer(new RuleQuoteExtractor()), Profiles(), TimeProvider.System));
    }

    private static ProfileCatalog Profiles() => new(TopicProfileLoader.LoadFolder(Path.Combine(RepoPaths.Root, "profiles")), "coalition");

    public string Write(string name, string content)
    {
        var path = Path.Combine(Folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    public void Dispose()
    {
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
}

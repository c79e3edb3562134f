using NewsBot.Core.Analysis;
using NewsBot.Core.Ingestion;
using NewsBot.Core.Keywords;
using NewsBot.Core.Quotes;
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
        var profiles = new ProfileCatalog(TopicProfileLoader.LoadFolder(Path.Combine(RepoPaths.Root, "profiles")), "coalition");
        Ingestor = new ArticleIngestor(Store, new TextAnalyzer(new SimpleQuoteExtractor()), profiles, TimeProvider.System, Languages);
    }

    public string Folder => Path.Combine(_root, "feeds");

    public SqliteNewsStore Store { get; }

    public ArticleIngestor Ingestor { get; }

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

namespace NewsBot.Bot.Hosting;

/// <summary>Where articles, quotes and delivery records live (configuration section "Store").</summary>
public sealed class StoreOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Store";

    /// <summary>sqlite (embedded default) or postgres (several instances sharing one database).</summary>
    public string Provider { get; set; } = "sqlite";

    /// <summary>The SQLite file, relative to the working directory.</summary>
    public string SqlitePath { get; set; } = "data/newsbot.db";

    /// <summary>The PostgreSQL connection string (from the environment: it holds a password).</summary>
    public string? PostgresConnectionString { get; set; }
}

using System.Globalization;

namespace NewsBot.IngestBench;

/// <summary>
/// Command-line options: --store sqlite|postgres|both, --articles, --runs, --batch, --probes, --per-transaction,
/// --postgres. Articles per transaction default to what the folder scanner and the feed poller gather into one
/// (each article is its own input, as a file or a feed item is).
/// </summary>
internal sealed record BenchOptions(string Store, int Articles, int Runs, int Batch, int Probes, int PerTransaction, string? Postgres)
{
    public static BenchOptions Parse(string[] args)
    {
        string Value(string name, string fallback)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        }

        int Number(string name, int fallback) => int.Parse(Value(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

        var postgres = Value("--postgres", Environment.GetEnvironmentVariable("NEWSBOT_BENCH_POSTGRES") ?? Environment.GetEnvironmentVariable("NEWSBOT_TEST_POSTGRES") ?? "");
        return new BenchOptions(Value("--store", "sqlite"), Number("--articles", 100_000), Number("--runs", 3), Number("--batch", 10_000),
            Number("--probes", 500), Number("--per-transaction", Core.Ingestion.ArticleIngestor.ArticlesPerTransaction), postgres.Length == 0 ? null : postgres);
    }
}

using System.Globalization;

namespace NewsBot.IngestBench;

/// <summary>Medians across runs, printed as the Markdown tables README-ingest.md shows.</summary>
internal static class Report
{
    public static void Print(string kind, BenchOptions options, IReadOnlyList<RunResult> results)
    {
        var rates = results.Select(r => options.Articles / r.StoreSeconds).ToList();
        var first = results[0];
        Console.WriteLine();
        var cpuRates = results.Select(r => options.Articles / r.CpuSeconds).ToList();
        Console.WriteLine($"## {kind}, {options.PerTransaction} article(s) per transaction");
        Console.WriteLine($"throughput: median {Median(rates):F0} articles/s wall-clock (runs: {string.Join(", ", rates.Select(r => r.ToString("F0", CultureInfo.InvariantCulture)))})");
        Console.WriteLine($"per CPU-second of this process: median {Median(cpuRates):F0} articles (runs: {string.Join(", ", cpuRates.Select(r => r.ToString("F0", CultureInfo.InvariantCulture)))})");
        Console.WriteLine($"garbage collection pauses: median {Median(results.Select(r => 100 * r.GcPauseSeconds / r.StoreSeconds).ToList()):F1}% of store time");
        Console.WriteLine($"outcomes per run: {first.Inserted:N0} inserted, {first.Updated:N0} updated, {first.Duplicates:N0} duplicates; probes linked to a story: {first.Linked:N0} of {options.Probes * first.BatchSeconds.Count:N0}");
        Console.WriteLine($"max working set sampled: {results.Max(r => r.MaxWorkingSet) / 1048576.0:F0} MiB; managed heap after each batch (run 1): {string.Join(", ", first.ManagedBytes.Select(b => (b / 1048576.0).ToString("F0", CultureInfo.InvariantCulture)))} MiB");
        Console.WriteLine();
        Console.WriteLine("| store size | batch time (median) | articles/s in batch | near-dup lookup per article (median) | /search, top 10 (median) |");
        Console.WriteLine("|---:|---:|---:|---:|---:|");
        for (var i = 0; i < first.BatchSeconds.Count; i++)
        {
            var batch = Median(results.Select(r => r.BatchSeconds[i]).ToList());
            var probe = Median(results.Select(r => r.ProbeMicroseconds[i]).ToList());
            var search = Median(results.Select(r => r.SearchMilliseconds[i]).ToList());
            var size = Math.Min((i + 1) * options.Batch, options.Articles);
            Console.WriteLine($"| {size:N0} | {batch:F2} s | {Math.Min(options.Batch, options.Articles - (i * options.Batch)) / batch:F0} | {probe:F0} µs | {search:F2} ms |");
        }
    }

    /// <summary>The middle value (the mean of the two middle values of an even count); sorts <paramref name="values"/>.</summary>
    public static double Median(List<double> values)
    {
        values.Sort();
        return values.Count % 2 == 1 ? values[values.Count / 2] : (values[(values.Count / 2) - 1] + values[values.Count / 2]) / 2;
    }
}

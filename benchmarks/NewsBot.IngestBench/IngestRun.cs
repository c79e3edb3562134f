using System.Diagnostics;
using NewsBot.Core.Storage;

namespace NewsBot.IngestBench;

/// <summary>
/// One run: the corpus saved article by article (one transaction each, as ingestion does), timed per batch; after
/// each batch, the near-duplicate lookup alone timed on probe articles that are not in the store.
/// Corpus generation happens between timings, so only store work is measured.
/// </summary>
internal static class IngestRun
{
    public static async Task<RunResult> RunAsync(BenchStore bench, BenchOptions options)
    {
        var corpus = new CorpusGenerator(seed: 42);
        var batchSeconds = new List<double>();
        var probes = new List<double>();
        var searches = new List<double>();
        var managed = new List<long>();
        long maxWorkingSet = 0;
        var cpuSeconds = 0.0;
        var gcPause = TimeSpan.Zero;
        int inserted = 0, updated = 0, duplicates = 0, linked = 0;
        using var process = Process.GetCurrentProcess();
        for (var done = 0; done < options.Articles; done += options.Batch)
        {
            var batch = corpus.Next(Math.Min(options.Batch, options.Articles - done));
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var pauseBefore = GC.GetTotalPauseDuration();
            var watch = Stopwatch.StartNew();
            foreach (var chunk in batch.Chunk(options.PerTransaction))
            {
                var outcomes = chunk.Length == 1 ? [await bench.Store.SaveAsync(chunk[0], CancellationToken.None)] : await bench.Store.SaveAllAsync(chunk, CancellationToken.None);
                foreach (var outcome in outcomes)
                {
                    switch (outcome)
                    {
                        case SaveOutcome.Inserted: inserted++; break;
                        case SaveOutcome.Updated: updated++; break;
                        default: duplicates++; break;
                    }
                }
            }

            batchSeconds.Add(watch.Elapsed.TotalSeconds);
            gcPause += GC.GetTotalPauseDuration() - pauseBefore;
            process.Refresh();
            cpuSeconds += (process.TotalProcessorTime - cpuBefore).TotalSeconds;
            var probeArticles = corpus.Probes(options.Probes);
            watch.Restart();
            foreach (var article in probeArticles)
            {
                if (await bench.FindStoryAsync(article) is not null)
                    linked++;
            }

            probes.Add(watch.Elapsed.TotalMicroseconds / probeArticles.Count);
            searches.Add(await SearchMillisecondsAsync(bench.Store, corpus.SearchTerms()));
            managed.Add(GC.GetTotalMemory(forceFullCollection: false));
            process.Refresh();
            maxWorkingSet = Math.Max(maxWorkingSet, process.WorkingSet64);
            Console.Error.WriteLine($"  {done + batch.Count,7} articles: batch {batchSeconds[^1]:F2}s ({batch.Count / batchSeconds[^1]:F0}/s), probe {probes[^1]:F0} µs, search {searches[^1]:F2} ms, heap {managed[^1] / 1048576.0:F0} MiB");
        }

        return new RunResult(batchSeconds.Sum(), cpuSeconds, gcPause.TotalSeconds, batchSeconds, probes, searches, managed, maxWorkingSet, inserted, updated, duplicates, linked);
    }

    // `/search` as the bot runs it (top 10 by rank): the median over 5 rounds of each term, each query timed alone.
    private static async Task<double> SearchMillisecondsAsync(INewsStore store, IReadOnlyList<string> terms)
    {
        var times = new List<double>();
        for (var round = 0; round < 5; round++)
        {
            foreach (var term in terms)
            {
                var watch = Stopwatch.StartNew();
                await store.SearchArticlesAsync(term, CorpusGenerator.Profile, 10, CancellationToken.None);
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        return Report.Median(times);
    }
}

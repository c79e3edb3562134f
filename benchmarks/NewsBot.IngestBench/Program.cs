using System.Diagnostics;
using System.Globalization;
using NewsBot.IngestBench;

// Ingest throughput of each store on a generated corpus; see benchmarks/README-ingest.md.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var options = BenchOptions.Parse(args);
string[] stores = options.Store == "both" ? ["sqlite", "postgres"] : [options.Store];
Console.WriteLine($"corpus: {options.Articles:N0} articles, batches of {options.Batch:N0}, {options.Runs} runs, {options.Probes} probes per batch, {Environment.ProcessorCount} processor(s) visible");
foreach (var kind in stores)
{
    var results = new List<RunResult>();
    for (var run = 1; run <= options.Runs; run++)
    {
        Console.Error.WriteLine($"{kind} run {run}");
        await using var bench = await BenchStore.CreateAsync(kind, options.Postgres);
        results.Add(await IngestRun.RunAsync(bench, options));
    }

    Report.Print(kind, options, results);
}

using var self = Process.GetCurrentProcess();
Console.WriteLine($"process peak working set: {self.PeakWorkingSet64 / 1048576.0:F0} MiB");

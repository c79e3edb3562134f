using System.Diagnostics;
using System.Globalization;
using NewsBot.Core.Chat;
using NewsBot.Core.Chat.Handlers;
using NewsBot.Core.Storage.Sqlite;
using NewsBot.QuoteBench;

// Answer latency of /whosaid and free-text questions over a SQLite store of N quotes (default 1,000,000).
// Usage: dotnet run -c Release --project benchmarks/NewsBot.QuoteBench -- [quotes] [db-path] [rounds]
var quotes = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
var path = args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), $"newsbot-quotebench-{quotes}.db");
var store = new SqliteNewsStore(path);
if (!File.Exists(path))
{
    await store.MigrateAsync(CancellationToken.None);
    var fill = Stopwatch.StartNew();
    await CorpusGenerator.FillAsync(path, quotes, seed: 7);
    Console.WriteLine($"generated {quotes:N0} quotes in {fill.Elapsed.TotalSeconds:0.0} s at {path}");
}

var clock = TimeProvider.System;
var whoSaid = new WhoSaidHandler(store, clock);
var ask = new AskHandler(store, clock);
string[] whoSaidArgs = ["Healey", "Maria Quill", "Lecornu about troops", "Rubio about air cover", "Peskov since 2025-06-01", "Tomas Brenn about ceasefire since 7d", "Heally"];
string[] questions = ["what did Lecornu say about troops?", "who said the ball is in their court?", "who talked about air cover this week?", "has Rubio said anything new since Monday?", "what did Starmer say about the backstop?"];
var rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 40;
var proposed = new ProposedQuoteQuery(path);
ProposedQuoteQuery.CreateIndex(path);
(string? Speaker, string? Topic, DateTimeOffset? Since)[] proposedQueries =
[
    ("John Healey", null, null), ("Maria Quill", null, null), ("Anna Lecornu", "troops", null), ("Marco Rubio", "air cover", null),
    ("Dmitry Peskov", null, new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero)), ("Tomas Brenn", "ceasefire", new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero)), (null, "ball court", null),
];
Measure("proposed", proposedQueries.Select(q => $"{q.Speaker}|{q.Topic}|{q.Since:yyyy-MM-dd}").ToArray(), key =>
{
    var q = proposedQueries.First(x => $"{x.Speaker}|{x.Topic}|{x.Since:yyyy-MM-dd}" == key);
    proposed.Find(q.Speaker, q.Topic, q.Since);
    return Task.FromResult(ChatAnswer.Text("", ""));
}, rounds);
Measure("/whosaid", whoSaidArgs, a => whoSaid.HandleAsync(new ChatRequest("bench", "b", "u", "whosaid", a), CancellationToken.None), rounds);
Measure("ask", questions, q => ask.HandleAsync(new ChatRequest("bench", "b", "u", "ask", q), CancellationToken.None), rounds);

static void Measure(string name, string[] inputs, Func<string, Task<ChatAnswer>> run, int rounds)
{
    foreach (var input in inputs)
        run(input).GetAwaiter().GetResult();
    var all = new List<double>();
    foreach (var input in inputs)
    {
        var times = new List<double>();
        for (var i = 0; i < rounds; i++)
        {
            var watch = Stopwatch.StartNew();
            run(input).GetAwaiter().GetResult();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        all.AddRange(times);
        Console.WriteLine($"{name,-9} {input,-45} median {Percentile(times, 0.5),8:0.00} ms  p99 {Percentile(times, 0.99),8:0.00} ms");
    }

    Console.WriteLine($"{name,-9} {"ALL",-45} median {Percentile(all, 0.5),8:0.00} ms  p99 {Percentile(all, 0.99),8:0.00} ms  ({all.Count} answers)");
}

static double Percentile(List<double> values, double p)
{
    var sorted = values.Order().ToList();
    return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}

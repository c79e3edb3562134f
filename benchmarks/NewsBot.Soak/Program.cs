using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Bot.Scheduling;
using NewsBot.Core.Analysis;
using NewsBot.Core.Digests;
using NewsBot.Core.Ingestion;
using NewsBot.Core.Keywords;
using NewsBot.Core.Quotes;
using NewsBot.Core.Storage;
using NewsBot.Soak;

// Soak run: a generated feed of 10,000 articles over a simulated week on an injected clock, daily digests for 20
// channels in five time zones, each fire delivered twice (as two replicas would), and a 10-hour outage on day 4
// caught up at restart. Checks every digest posted exactly once, nothing lost, and samples memory.
// Usage: dotnet run -c Release --project benchmarks/NewsBot.Soak -- [--store sqlite|postgres] [--articles N]
var provider = Argument("--store", "sqlite");
var articleCount = int.Parse(Argument("--articles", "10000"), CultureInfo.InvariantCulture);
var start = new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);
var end = start.AddDays(7);
var downFrom = start.AddDays(3).AddHours(4);
var downTo = start.AddDays(3).AddHours(14);
var step = TimeSpan.FromMinutes(10);

var folder = Directory.CreateTempSubdirectory("newsbot-soak-").FullName;
var clock = new FakeTimeProvider(start);
var profiles = new ProfileCatalog(TopicProfileLoader.LoadFolder(FindProfiles()), "coalition");
var store = SoakStores.Create(provider, folder);
await store.MigrateAsync(CancellationToken.None);
var ingestor = new ArticleIngestor(store, new TextAnalyzer(new SimpleQuoteExtractor()), profiles, clock);
var (log, inMemoryLog) = SoakStores.DeliveryLog(store);
var sender = new CountingSender();
var digests = new DigestBuilder(store, profiles);
DigestDeliveryService Instance(string name) => new(digests, log, [sender], clock, new BotInstance(name), NullLogger<DigestDeliveryService>.Instance);

string[] zones = ["UTC", "Europe/London", "Europe/Paris", "America/New_York", "Asia/Tokyo"];
var channels = Enumerable.Range(0, 20)
    .Select(i => new ChannelSubscription("soak", string.Create(CultureInfo.InvariantCulture, $"channel-{i:D2}"), "coalition",
        string.Create(CultureInfo.InvariantCulture, $"0 {i % 4 * 15} {6 + i % 4} * * ?"), zones[i % zones.Length]))
    .ToList();
var crons = channels.ToDictionary(c => c, c => CronSchedule.Parse(c.Cron, c.TimeZone));

Console.WriteLine($"Soak: {articleCount} articles, {channels.Count} channels, {start:yyyy-MM-dd} to {end:yyyy-MM-dd}, store {provider}, delivery log {(inMemoryLog ? "in memory (the store does not implement IDeliveryLog)" : "the store's")}");
var memory = new List<MemorySample> { MemorySample.Take("start") };
var outcomes = new Dictionary<DeliveryOutcome, int>();
var elapsed = Stopwatch.StartNew();
using var feed = FeedGenerator.Generate(articleCount, start, end - start).GetEnumerator();
var pending = feed.MoveNext();
var primary = Instance("replica-a");
var secondary = Instance("replica-b");
var restarted = false;
var ingested = 0;
for (var now = start; now < end; now += step)
{
    var next = now + step;
    clock.SetUtcNow(next);
    while (pending && feed.Current.Published < next)
    {
        var article = feed.Current;
        ingested += (await ingestor.IngestAsync(NewsBot.Core.Articles.ArticleReadResult.Ok(article.Origin!, [article]), article.Origin!, article.Id, CancellationToken.None)).Stored;
        pending = feed.MoveNext();
    }

    if (!restarted && next >= downTo)
    {
        // Restart after the outage: a new process, and one catch-up per channel for its previous period.
        restarted = true;
        primary = Instance("replica-a-restarted");
        foreach (var channel in channels)
            Count(await primary.DeliverAsync(channel, CronSchedule.PeriodEnding(crons[channel], CronSchedule.Previous(crons[channel], next)), late: true, CancellationToken.None));
    }

    foreach (var channel in channels)
    {
        for (var fire = crons[channel].GetNextValidTimeAfter(now); fire is { } at && at <= next; fire = crons[channel].GetNextValidTimeAfter(at))
        {
            if (at >= downFrom && at < downTo)
                continue; // the bot is down: this fire is missed
            var period = CronSchedule.PeriodEnding(crons[channel], at);
            Count(await primary.DeliverAsync(channel, period, late: false, CancellationToken.None));
            Count(await secondary.DeliverAsync(channel, period, late: false, CancellationToken.None));
        }
    }

    if (next == start.AddDays(3.5))
        memory.Add(MemorySample.Take("middle"));
}

memory.Add(MemorySample.Take("end"));
elapsed.Stop();

var expected = channels.Sum(c => Fires(crons[c], start, end).Count());
var stats = await store.GetStatisticsAsync(CancellationToken.None);
var twice = sender.Posts.Count(p => p.Value > 1);
var ok = sender.Posts.Count == expected && twice == 0 && stats.Articles == articleCount && ingested == articleCount;
Console.WriteLine($"Articles: {ingested} ingested, {stats.Articles} in the store ({stats.RelevantArticles} relevant), {stats.Quotes} quotes");
Console.WriteLine($"Digests: {expected} scheduled fires, {sender.Posts.Count} distinct digests posted, {sender.Posts.Values.Sum()} posts, {twice} posted twice, {sender.Late} late");
Console.WriteLine("Outcomes: " + string.Join(", ", outcomes.OrderBy(o => o.Key).Select(o => $"{o.Key} {o.Value}")));
foreach (var sample in memory)
    Console.WriteLine(sample);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Elapsed: {elapsed.Elapsed.TotalSeconds:F1} s wall clock for the simulated week"));
Console.WriteLine(ok ? "RESULT: every digest posted exactly once, nothing lost" : "RESULT: FAILED");
Directory.Delete(folder, recursive: true);
return ok ? 0 : 1;

void Count(DeliveryOutcome outcome) => outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;

static IEnumerable<DateTimeOffset> Fires(Quartz.CronExpression cron, DateTimeOffset from, DateTimeOffset to)
{
    for (var fire = cron.GetNextValidTimeAfter(from); fire is { } at && at <= to; fire = cron.GetNextValidTimeAfter(at))
        yield return at;
}

string Argument(string name, string fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
}

static string FindProfiles()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        var candidate = Path.Combine(dir.FullName, "profiles");
        if (File.Exists(Path.Combine(candidate, "coalition.json")))
            return candidate;
    }

    throw new DirectoryNotFoundException("No profiles folder with coalition.json above " + AppContext.BaseDirectory);
}

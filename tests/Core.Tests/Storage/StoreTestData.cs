using NewsBot.Core.Analysis;
using NewsBot.Core.Articles;
using NewsBot.Core.Keywords;
using NewsBot.Core.Quotes;
using NewsBot.Core.Storage;

namespace NewsBot.Core.Tests.Storage;

/// <summary>Builds articles as ingestion would hand them to a store, with a precomputed analysis.</summary>
internal static class StoreTestData
{
    public static readonly DateTimeOffset Now = new(2026, 3, 12, 9, 0, 0, TimeSpan.Zero);

    public const string Profile = "coalition";

    public static IngestedArticle Item(
        string id, string title, string text, string? url = null, DateTimeOffset? published = null, string? source = "Test Wire",
        IReadOnlyList<Quote>? quotes = null, string? origin = null, string? contentHash = null, DateTimeOffset? ingestedAt = null, bool relevant = true)
    {
        var article = new Article(id, title, text, url is null ? null : new Uri(url), published, source, origin ?? $"feeds/{id}.txt");
        var analysis = new ArticleAnalysis(
            new Relevance(Profile, relevant ? 3.5 : 0.2, relevant, [new TermMatch("coalition", 2, 0, 1)], "matched coalition"),
            [text.Split('.')[0] + "."], ["coalition"], quotes ?? []);
        return new IngestedArticle(article, article.Origin!, contentHash ?? "hash-" + id + "-" + text.Length, ingestedAt ?? Now, [analysis]);
    }

    public static Quote Said(string speaker, string text, string? role = null, QuoteKind kind = QuoteKind.Direct) =>
        new(speaker, role, text, kind, 0, text.Length);

    /// <summary>A news story of a few hundred words whose wording is its own (seeded), for near-duplicate tests.</summary>
    public static string Story(int seed, int sentences = 12)
    {
        string[] subjects = ["The minister", "Officials", "The coalition", "Negotiators", "The council", "Diplomats", "The ministry", "Observers"];
        string[] verbs = ["announced", "rejected", "welcomed", "questioned", "postponed", "approved", "criticised", "outlined"];
        string[] objects = ["the budget", "a ceasefire plan", "new tariffs", "the troop deployment", "bin collections", "a housing bill", "the summit agenda", "fishing quotas"];
        string[] places = ["in Paris", "in Geneva", "in Berlin", "in Leeds", "in Warsaw", "in Madrid", "in Brussels", "in Oslo"];
        string[] times = ["on Tuesday", "late on Monday", "this week", "after midnight", "before the vote", "during talks", "at dawn", "on Friday"];
        var random = new Random(seed);
        var parts = new List<string>();
        for (var i = 0; i < sentences; i++)
        {
            parts.Add($"{subjects[random.Next(subjects.Length)]} {verbs[random.Next(verbs.Length)]} {objects[random.Next(objects.Length)]} " +
                $"{places[random.Next(places.Length)]} {times[random.Next(times.Length)]}, citing figure {random.Next(1000, 9999)} and case {random.Next(100, 999)}.");
        }

        return string.Join(' ', parts);
    }
}

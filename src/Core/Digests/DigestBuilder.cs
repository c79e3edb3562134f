using System.Globalization;
using NewsBot.Core.Analysis;
using NewsBot.Core.Chat;
using NewsBot.Core.Storage;

namespace NewsBot.Core.Digests;

/// <summary>
/// Builds a digest: the period's relevant articles grouped into stories (shown once, with all their sources),
/// ordered by importance, each with a summary and its most notable quotes; then the period's top speakers and themes.
/// </summary>
public sealed class DigestBuilder(INewsStore store, ProfileCatalog profiles)
{
    /// <summary>The most stories a digest shows.</summary>
    public int MaxStories { get; init; } = 10;

    /// <summary>The most themes (keyphrases of the period) a digest lists.</summary>
    public int MaxThemes { get; init; } = 8;

    /// <summary>The digest of <paramref name="period"/> for <paramref name="profile"/> (the default when null).</summary>
    public async Task<ChatAnswer> BuildAsync(DigestPeriod period, string? profile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var topic = profiles.Get(profile).Profile;
        var articles = await store.ListArticlesAsync(new ArticleQuery(period.From, period.To, topic.Name), cancellationToken);
        var footer = $"{topic.Description} · {Format(period.From)} to {Format(period.To)} UTC";
        if (articles.Count == 0)
            return new ChatAnswer($"Digest: {topic.Name}", [new AnswerSection(null, "Nothing new in this period.")], footer);

        var stories = StoryGrouper.Group(articles).Take(MaxStories).ToList();
        var sections = stories.Select(ToSection).ToList();
        var speakers = articles.SelectMany(a => a.Analysis.Quotes)
            .GroupBy(q => q.Speaker)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(5)
            .Select(g => $"{g.Key} ({g.Count()})")
            .ToList();
        if (speakers.Count > 0)
            sections.Add(new AnswerSection("Top speakers", string.Join(", ", speakers)));
        var themes = ThemeExtractor.Themes(articles, MaxThemes);
        if (themes.Count > 0)
            sections.Add(new AnswerSection("Themes", string.Join(", ", themes)));
        var title = $"Digest: {topic.Name} · {stories.Count} {(stories.Count == 1 ? "story" : "stories")} from {articles.Count} {(articles.Count == 1 ? "article" : "articles")}";
        return new ChatAnswer(title, sections, footer);
    }

    private static AnswerSection ToSection(Story story)
    {
        var lead = story.Lead;
        var quotes = story.Articles
            .SelectMany(a => a.Analysis.Quotes.Select(q => (Article: a, Quote: q)))
            .Where(x => x.Quote.Kind != Quotes.QuoteKind.Indirect)
            .OrderByDescending(x => x.Quote.Text.Length is > 40 and < 300)
            .ThenBy(x => x.Quote.Start)
            .DistinctBy(x => x.Quote.Speaker)
            .Take(2)
            .Select(x => new AnswerQuote(x.Quote.Speaker, x.Quote.Role, x.Quote.Text, x.Article.Article.Source,
                x.Article.Article.Published ?? x.Article.IngestedAt, x.Article.Article.Url))
            .ToList();
        var links = story.Articles
            .Select(a => new AnswerLink(a.Article.Title, a.Article.Url, a.Article.Source ?? SourceName(a)))
            .DistinctBy(l => l.Url?.AbsoluteUri ?? l.Outlet + "\n" + l.Title, StringComparer.Ordinal)
            .ToList();
        return new AnswerSection(lead.Article.Title, string.Join(' ', lead.Analysis.Summary)) { Quotes = quotes, Links = links };
    }

    private static string? SourceName(StoredArticle article) =>
        article.Article.Origin is { } origin && !origin.StartsWith("http", StringComparison.Ordinal) ? Path.GetFileName(origin) : null;

    private static string Format(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}

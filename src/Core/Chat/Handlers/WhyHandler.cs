using System.Globalization;
using System.Text;
using NewsBot.Core.Analysis;
using NewsBot.Core.Keywords;
using NewsBot.Core.Storage;

namespace NewsBot.Core.Chat.Handlers;

/// <summary>
/// /why ARTICLE: the relevance decision for a stored article (found by id or by words of its headline), with every
/// matched term, its weight and where it matched, so an editor can see why the bot posted or skipped it.
/// </summary>
public sealed class WhyHandler(INewsStore store, ProfileCatalog profiles) : ICommandHandler
{
    private const int SearchLimit = 10;

    /// <inheritdoc />
    public string Name => "why";

    /// <inheritdoc />
    public string Usage => "ARTICLE (an id or words of its headline)";

    /// <inheritdoc />
    public string Description => "Explain why an article is or is not relevant to this channel's topic";

    /// <inheritdoc />
    public async Task<ChatAnswer> HandleAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var wanted = request.Arguments.Trim();
        if (FtsQuery.From(wanted) is null)
            return ChatAnswer.Text("Why", "Usage: /why ARTICLE, e.g. /why Paris summit troops", ephemeral: true);
        var profile = profiles.Get(request.Profile).Profile.Name;
        var found = await store.SearchArticlesAsync(wanted, profile, SearchLimit, cancellationToken);
        var article = found.FirstOrDefault(a => string.Equals(a.Article.Id, wanted, StringComparison.OrdinalIgnoreCase))
            ?? found.FirstOrDefault(a => a.Article.Title.Contains(wanted, StringComparison.OrdinalIgnoreCase))
            ?? (found.Count > 0 ? found[0] : null);
        if (article is null)
            return ChatAnswer.Text("Why", $"No stored article matches '{wanted}'.");
        return Explain(article);
    }

    /// <summary>The explanation of one stored article's relevance decision.</summary>
    public static ChatAnswer Explain(StoredArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var relevance = article.Analysis.Relevance;
        var verdict = relevance.IsRelevant ? "Relevant" : "Not relevant";
        var decision = new AnswerSection(null, $"{verdict} to '{relevance.Profile}': {relevance.Reason}.")
        {
            Links = [new AnswerLink(article.Article.Title, article.Article.Url, article.Article.Source)],
        };
        var body = relevance.Matches.Count == 0 ? "No topic term matched." : string.Join('\n', relevance.Matches.Select(Line));
        return new ChatAnswer($"Why: {article.Article.Title}", [decision, new AnswerSection("Matched terms", body)], $"article {article.Article.Id}");
    }

    private static string Line(TermMatch match)
    {
        var line = new StringBuilder();
        line.Append(CultureInfo.InvariantCulture, $"{match.Weight:+0.##;-0.##} {match.Term}");
        if (match.Count > 1)
            line.Append(CultureInfo.InvariantCulture, $" ×{match.Count}");
        line.Append(match.Position < 0 ? " (headline)" : string.Create(CultureInfo.InvariantCulture, $" (text, from character {match.Position})"));
        if (match.Weight < 0)
            line.Append(" (excluded context)");
        return line.ToString();
    }
}

using NewsBot.Core.Keywords;

namespace NewsBot.Core.Evaluation.Quotes;

/// <summary>
/// Lets an annotated speaker be named by any name a topic profile gives the same identity. The bot answers with one
/// canonical name per identity ("US Department of Defense"); annotators write what the copy says ("Pentagon"), and
/// neither name's words contain the other's, so without this the scorer would count the one identity as two. Only
/// names written in the profile count, and only when the annotated speaker is exactly one of them: a role alias such
/// as "the Defence Secretary" is left out for people, where it could stand for another holder of the office.
/// </summary>
public static class ProfileSpeakerNames
{
    /// <summary>The articles with each annotated speaker's accepted names widened by its identity's other names.</summary>
    public static IReadOnlyList<GoldArticle> Accepting(IReadOnlyList<GoldArticle> articles, IEnumerable<TopicEntity> entities)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(entities);
        var groups = entities.Where(e => e.Kind is "person" or "institution").Select(NamesOf).ToList();
        if (groups.Count == 0)
            return articles;
        return articles.Select(a => a with { Quotes = a.Quotes.Select(q => Widened(q, groups)).ToList() }).ToList();
    }

    private static List<string> NamesOf(TopicEntity entity) =>
        new[] { entity.Name }.Concat(entity.Aliases)
            .Where(n => entity.Kind == "institution" || !n.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
            .ToList();

    private static GoldQuote Widened(GoldQuote quote, List<List<string>> groups)
    {
        if (quote.Speaker is not { } speaker)
            return quote;
        var names = groups.FirstOrDefault(g => g.Any(n => SpeakerMatcher.SameName(n, speaker)));
        if (names is null)
            return quote;
        return quote with { AcceptedSpeakers = quote.AcceptedSpeakers.Concat(names).Distinct(StringComparer.Ordinal).ToList() };
    }
}

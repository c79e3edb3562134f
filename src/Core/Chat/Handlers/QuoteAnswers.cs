using NewsBot.Core.Storage;

namespace NewsBot.Core.Chat.Handlers;

/// <summary>Shared shaping of quote hits into answers, and the helpful answer when nothing matched.</summary>
public static class QuoteAnswers
{
    /// <summary>
    /// An answer listing <paramref name="hits"/>, or — when there are none — one that says what was searched, what
    /// the speaker did say outside the topic or period (<paramref name="elsewhere"/>), and close names to try.
    /// </summary>
    public static ChatAnswer From(string title, string searched, IReadOnlyList<QuoteHit> hits, IReadOnlyList<string>? suggestions = null, int elsewhere = 0)
    {
        ArgumentNullException.ThrowIfNull(hits);
        if (hits.Count == 0)
        {
            var body = $"No quotes found for {searched}.";
            if (elsewhere > 0)
                body += $" There {(elsewhere == 1 ? "is 1 quote" : $"are {elsewhere}+ quotes")} from them on other topics or dates; try without 'about' or 'since'.";
            if (suggestions is { Count: > 0 })
                body += $" Did you mean {string.Join(" or ", suggestions)}?";
            return ChatAnswer.Text(title, body);
        }

        var quotes = hits.Select(h => new AnswerQuote(h.Quote.Speaker, h.Quote.Role, h.Quote.Text, h.Outlet, h.Date, h.Url)).ToList();
        var links = hits.Select(h => new AnswerLink(h.ArticleTitle, h.Url, h.Outlet)).DistinctBy(l => l.Title).ToList();
        return new ChatAnswer(title, [new AnswerSection(null, null) { Quotes = quotes, Links = links }], $"Searched: {searched}");
    }

    /// <summary>A readable list of what a query searched: "quotes from 'Healey' about 'troops' since 2025-03-10".</summary>
    public static string Describe(QuoteQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parts = new List<string> { query.Speaker is null ? "quotes" : $"quotes from '{query.Speaker}'" };
        if (query.Phrase is not null)
            parts.Add($"with the words '{query.Phrase}'");
        if (query.Topic is not null)
            parts.Add($"about '{query.Topic}'");
        if (query.Since is { } since)
            parts.Add($"since {since:yyyy-MM-dd}");
        return string.Join(' ', parts);
    }

    /// <summary>
    /// Runs <paramref name="query"/> and, when it finds nothing, works out the helpful parts of the empty answer:
    /// how many quotes the speaker has without the topic and period, and close names.
    /// </summary>
    public static async Task<ChatAnswer> AnswerAsync(INewsStore store, SpeakerNames names, string title, QuoteQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(query);
        var typed = query.Speaker;
        var resolved = typed is null ? query : query with { Speaker = names.Canonical(typed) };
        var hits = await store.FindQuotesAsync(resolved, cancellationToken);
        var searched = Describe(query);
        if (hits.Count > 0 || typed is null)
            return From(title, searched, hits);
        var elsewhere = resolved.Topic is not null || resolved.Phrase is not null || resolved.Since is not null
            ? (await store.FindQuotesAsync(new QuoteQuery(resolved.Speaker, Limit: 10), cancellationToken)).Count
            : 0;
        var suggestions = elsewhere > 0 ? [] : await names.SuggestAsync(typed, cancellationToken);
        return From(title, searched, hits, suggestions, elsewhere);
    }
}

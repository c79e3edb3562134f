using NewsBot.Core.Storage;

namespace NewsBot.Core.Chat.Handlers;

/// <summary>Shared shaping of quote hits into answers, and the "did you mean" for a name with no quotes.</summary>
public static class QuoteAnswers
{
    /// <summary>An answer listing <paramref name="hits"/>, or saying what was searched when there are none.</summary>
    public static ChatAnswer From(string title, string searched, IReadOnlyList<QuoteHit> hits, string? suggestion = null)
    {
        ArgumentNullException.ThrowIfNull(hits);
        if (hits.Count == 0)
        {
            var body = $"No quotes found for {searched}." + (suggestion is null ? "" : $" Did you mean {suggestion}?");
            return ChatAnswer.Text(title, body);
        }

        var quotes = hits.Select(h => new AnswerQuote(h.Quote.Speaker, h.Quote.Role, h.Quote.Text, h.Outlet, h.Date, h.Url)).ToList();
        var links = hits.Select(h => new AnswerLink(h.ArticleTitle, h.Url, h.Outlet)).DistinctBy(l => l.Title).ToList();
        return new ChatAnswer(title, [new AnswerSection(null, null) { Quotes = quotes, Links = links }], $"Searched: {searched}");
    }

    /// <summary>The known speaker closest to <paramref name="name"/>, if one is close enough to suggest.</summary>
    public static async Task<string?> SuggestSpeakerAsync(INewsStore store, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var speakers = await store.ListSpeakersAsync(null, null, cancellationToken);
        var folded = Text.Tokenizer.Fold(name);
        return speakers
            .Select(s => (s.Speaker, Distance: s.Speaker.Split(' ').Append(s.Speaker).Min(part => EditDistance.Of(Text.Tokenizer.Fold(part), folded))))
            .Where(s => s.Distance <= Math.Max(2, folded.Length / 3))
            .OrderBy(s => s.Distance)
            .Select(s => s.Speaker)
            .FirstOrDefault();
    }
}

using NewsBot.Core.Storage;

namespace NewsBot.Core.Chat.Handlers;

/// <summary>/search TERMS: full-text search over stored articles.</summary>
public sealed class SearchHandler(INewsStore store, Analysis.ProfileCatalog profiles) : ICommandHandler
{
    /// <inheritdoc />
    public string Name => "search";

    /// <inheritdoc />
    public string Usage => "TERMS";

    /// <inheritdoc />
    public string Description => "Search stored articles";

    /// <inheritdoc />
    public async Task<ChatAnswer> HandleAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var terms = request.Arguments.Trim();
        if (FtsQuery.From(terms) is null)
            return ChatAnswer.Text("Search", "Usage: /search TERMS, e.g. /search reassurance force", ephemeral: true);
        var found = await store.SearchArticlesAsync(terms, profiles.Get(request.Profile).Profile.Name, 10, cancellationToken);
        if (found.Count == 0)
            return ChatAnswer.Text("Search", $"No articles match '{terms}'.");
        var sections = found.Select(a => new AnswerSection(a.Article.Title, a.Analysis.Summary.Count > 0 ? a.Analysis.Summary[0] : null)
        {
            Links = [new AnswerLink(a.Article.Title, a.Article.Url, a.Article.Source)],
        }).ToList();
        return new ChatAnswer($"Articles matching '{terms}'", sections, $"{found.Count} found");
    }
}

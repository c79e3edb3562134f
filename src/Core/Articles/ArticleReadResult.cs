namespace NewsBot.Core.Articles;

/// <summary>
/// What reading one input produced: the articles it held, or the reason it could not be read.
/// A failure is data, not an exception, so one broken file never stops the rest.
/// </summary>
public sealed record ArticleReadResult(string Origin, IReadOnlyList<Article> Articles, string? Error)
{
    /// <summary>True when the input could not be read or parsed.</summary>
    public bool Failed => Error is not null;

    /// <summary>A successful read.</summary>
    public static ArticleReadResult Ok(string origin, IReadOnlyList<Article> articles) => new(origin, articles, null);

    /// <summary>A failed read, with its reason.</summary>
    public static ArticleReadResult Fail(string origin, string error) => new(origin, [], error);
}

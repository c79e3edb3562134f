namespace NewsBot.Core.Articles;

/// <summary>
/// A cleaned article as the text engine and the store see it. Immutable; safe to share across threads.
/// </summary>
/// <param name="Id">Stable identity: the dataset id, the feed GUID or a hash of the origin.</param>
/// <param name="Title">The headline.</param>
/// <param name="Text">The cleaned body, one paragraph per line. Quote offsets refer to this string.</param>
/// <param name="Url">The canonical link, if any.</param>
/// <param name="Published">When the outlet published it, if known.</param>
/// <param name="Source">The outlet's name, if known.</param>
/// <param name="Origin">Where it was read from: a file path or a feed URL.</param>
public sealed record Article(
    string Id,
    string Title,
    string Text,
    Uri? Url = null,
    DateTimeOffset? Published = null,
    string? Source = null,
    string? Origin = null)
{
    /// <summary>The ISO 639-1 language code when detected; null when unknown.</summary>
    public string? Language { get; init; }

    /// <summary>
    /// Where <see cref="Text"/> starts in the input as read (a plain-text file minus its headline and markup lines),
    /// so offsets into <see cref="Text"/> can be reported against the original file.
    /// </summary>
    public int TextOffset { get; init; }
}

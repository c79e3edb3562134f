namespace NewsBot.Core.Quotes;

/// <summary>
/// One attributed quote. <see cref="Start"/> and <see cref="End"/> are UTF-16 offsets of the quoted words
/// in <see cref="Articles.Article.Text"/> (end exclusive).
/// </summary>
/// <param name="Speaker">The canonical speaker: a full name, an institution, or an unnamed source as written ("a western official").</param>
/// <param name="Role">The speaker's role as the article gives it, if any.</param>
/// <param name="Text">The quoted words.</param>
/// <param name="Kind">Direct, partial or indirect.</param>
/// <param name="Start">Offset of the first quoted character.</param>
/// <param name="End">Offset just past the last quoted character.</param>
public sealed record Quote(string Speaker, string? Role, string Text, QuoteKind Kind, int Start, int End);

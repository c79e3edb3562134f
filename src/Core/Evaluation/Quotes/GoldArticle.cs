namespace NewsBot.Core.Evaluation.Quotes;

/// <summary>An annotated article: its text and quotes, and which part of the set it belongs to.</summary>
/// <param name="Id">The record's id (or file name).</param>
/// <param name="Split">train, dev, tune, heldout, or real.</param>
/// <param name="Text">The text the offsets refer to.</param>
/// <param name="Quotes">The annotated quotes.</param>
/// <param name="MixedAsClause">
/// True when a mixed quote's annotation covers its whole reported clause (PolNeAR); false when it covers only the
/// quoted words (our set). Decides which span of a partial quote is compared.
/// </param>
public sealed record GoldArticle(string Id, string Split, string Text, IReadOnlyList<GoldQuote> Quotes, bool MixedAsClause);

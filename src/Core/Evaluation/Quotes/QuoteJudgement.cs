namespace NewsBot.Core.Evaluation.Quotes;

/// <summary>A quote the bot found, as the scorer compares it: the span scored (a partial quote's clause under the clause convention), its speaker and text.</summary>
public sealed record FoundPiece(TextRange Span, string Speaker, string Text);

/// <summary>How one annotated quote fared.</summary>
/// <param name="Gold">The annotated quote.</param>
/// <param name="Pieces">The found quotes that overlap it more than any other annotation.</param>
/// <param name="Matched">Whether those pieces, pooled, overlap it beyond the threshold.</param>
/// <param name="Speaker">The speaker of the piece sharing the most with it, when matched.</param>
/// <param name="SpeakerRight">Whether that speaker is right; null when unmatched or the annotation names no speaker.</param>
public sealed record GoldOutcome(GoldQuote Gold, IReadOnlyList<FoundPiece> Pieces, bool Matched, string? Speaker, bool? SpeakerRight);

/// <summary>One article's outcomes for one kind of quote at one threshold.</summary>
/// <param name="Outcomes">One per annotated quote of the kind.</param>
/// <param name="Predicted">How many quotes of the kind the bot found.</param>
/// <param name="Unmatched">The found quotes that belong to no matched annotation (the false positives).</param>
public sealed record QuoteJudgement(IReadOnlyList<GoldOutcome> Outcomes, int Predicted, IReadOnlyList<FoundPiece> Unmatched);

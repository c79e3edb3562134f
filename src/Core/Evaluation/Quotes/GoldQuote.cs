namespace NewsBot.Core.Evaluation.Quotes;

/// <summary>One annotated quote: its spans, whether it had quotation marks, and the names that count as its speaker.</summary>
/// <param name="Spans">The content's character ranges (end exclusive); several when the quote is interrupted.</param>
/// <param name="Quoted">True for direct and mixed quotes (with quotation marks), false for indirect ones.</param>
/// <param name="Speaker">The annotated speaker as written (PolNeAR) or canonical (our set); null when none.</param>
/// <param name="AcceptedSpeakers">Every name that counts as the right speaker (see <see cref="SpeakerMatcher"/>).</param>
public sealed record GoldQuote(IReadOnlyList<(int Start, int End)> Spans, bool Quoted, string? Speaker, IReadOnlyList<string> AcceptedSpeakers);

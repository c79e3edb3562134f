namespace NewsBot.Core.Quotes;

/// <summary>
/// A quote with what the evaluation needs besides it: the reported clause it belongs to (for a partial quote, the
/// whole "said his country would "have contact" with Russia" clause; otherwise the quote's own span) and the
/// speaker's kind.
/// </summary>
/// <param name="Quote">The quote as the rest of the bot sees it.</param>
/// <param name="ClauseStart">Start of the reported clause in the article text.</param>
/// <param name="ClauseEnd">End (exclusive) of the reported clause.</param>
/// <param name="SpeakerKind">Person, institution or unnamed source.</param>
public sealed record QuoteFinding(Quote Quote, int ClauseStart, int ClauseEnd, SpeakerKind SpeakerKind);

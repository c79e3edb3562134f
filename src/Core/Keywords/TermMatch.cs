namespace NewsBot.Core.Keywords;

/// <summary>One matched term: what matched, what it counted for, and where.</summary>
/// <param name="Term">The profile's term as written.</param>
/// <param name="Weight">The points it added after the position factor (negative for an excluded context).</param>
/// <param name="Position">Offset of the first match in the article text; -1 when it matched in the headline.</param>
/// <param name="Count">How many times it matched.</param>
public sealed record TermMatch(string Term, double Weight, int Position, int Count);

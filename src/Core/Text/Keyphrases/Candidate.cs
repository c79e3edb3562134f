namespace NewsBot.Core.Text.Keyphrases;

/// <summary>One candidate phrase of an extraction: where it first appears and how often it recurs.</summary>
/// <param name="key">Its stem ids.</param>
/// <param name="part">0 for the headline, 1 for the body: the text <paramref name="start"/> and <paramref name="end"/> point into.</param>
/// <param name="start">Offset of its first occurrence.</param>
/// <param name="end">Offset just past its first occurrence.</param>
/// <param name="first">Word position (1-based, headline first) of its first occurrence.</param>
internal sealed class Candidate(PhraseKey key, int part, int start, int end, int first)
{
    public PhraseKey Key { get; } = key;

    public int Part { get; } = part;

    public int Start { get; } = start;

    public int End { get; } = end;

    public int First { get; } = first;

    public int Count { get; set; } = 1;
}

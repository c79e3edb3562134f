namespace NewsBot.Core.Text.Keyphrases;

/// <summary>
/// The identity of a candidate phrase: the ids of its (up to four) word stems, so inflected repeats ("troop pledge",
/// "troop pledges") meet without building a string per occurrence. Ids are per extraction (<see cref="CandidateCollector"/>).
/// </summary>
internal readonly record struct PhraseKey(int Length, int First, int Second, int Third, int Fourth)
{
    /// <summary>The most words a key holds.</summary>
    public const int MaxLength = 4;

    /// <summary>The key of <paramref name="length"/> stem ids starting at <paramref name="start"/>.</summary>
    public static PhraseKey Of(ReadOnlySpan<int> ids, int start, int length) => new(
        length,
        ids[start],
        length > 1 ? ids[start + 1] : -1,
        length > 2 ? ids[start + 2] : -1,
        length > 3 ? ids[start + 3] : -1);

    /// <summary>The stem id of word <paramref name="index"/> (0-based).</summary>
    public int this[int index] => index switch
    {
        0 => First,
        1 => Second,
        2 => Third,
        _ => Fourth,
    };

    /// <summary>True when <paramref name="shorter"/> is a run of whole words inside this longer phrase ("oil spill" in "oil spill cleanup").</summary>
    public bool Contains(PhraseKey shorter)
    {
        for (var offset = 0; offset + shorter.Length <= Length && shorter.Length < Length; offset++)
        {
            var match = true;
            for (var i = 0; i < shorter.Length && match; i++)
                match = this[offset + i] == shorter[i];
            if (match)
                return true;
        }

        return false;
    }
}

namespace NewsBot.Core.Text;

/// <summary>
/// What analysis needs to know about one folded word, worked out once per thread by <see cref="WordCache"/>:
/// its spelling-canonical form, its stem, whether it is a function word and whether it can open a compound.
/// Immutable; the stem slot it points to carries per-text scratch state of the owning thread.
/// </summary>
internal sealed class WordForm(string folded, string canonical, StemSlot stem, bool isStopWord, bool startsCompound)
{
    /// <summary>The folded word as the tokenizer produced it (the cache key).</summary>
    public string Folded { get; } = folded;

    /// <summary>The spelling-canonical form ("defense" -> "defence").</summary>
    public string Canonical { get; } = canonical;

    /// <summary>The stem of <see cref="Canonical"/>, shared with every word that stems alike.</summary>
    public StemSlot Stem { get; } = stem;

    /// <summary>True when <see cref="Canonical"/> is a function word.</summary>
    public bool IsStopWord { get; } = isStopWord;

    /// <summary>True when <see cref="Folded"/> is the first part of a known compound ("cease" of "cease-fire").</summary>
    public bool StartsCompound { get; } = startsCompound;
}

namespace NewsBot.Core.Text;

/// <summary>
/// One distinct stem in a thread's <see cref="WordCache"/>. Besides the stem it remembers which text of that
/// thread last used it and the dense id it got there, so <see cref="AnalyzedText"/> numbers a text's stems
/// without hashing a string per word. Only the owning thread touches it.
/// </summary>
internal sealed class StemSlot(string stem)
{
    /// <summary>The stem.</summary>
    public string Value { get; } = stem;

    /// <summary>The number of the text (per thread) that last gave this stem an id; 0 for none yet.</summary>
    public long Text { get; set; }

    /// <summary>The stem's id in that text.</summary>
    public int Id { get; set; }
}

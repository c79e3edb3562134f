namespace NewsBot.Core.Text;

/// <summary>
/// A per-thread map from a folded word to its <see cref="WordForm"/>, looked up by span so a repeated word costs one
/// hash lookup and no allocation: news vocabulary repeats heavily, and folding, spelling variants, stop words and
/// the Snowball stemmer otherwise ran (and allocated) for every word of every text. Use <see cref="ForThisThread"/>;
/// an instance must never cross threads.
/// </summary>
internal sealed class WordCache
{
    // Bounded so a long-running ingestion thread cannot grow it without limit; cleared when full, between texts only
    // (clearing inside a text would give one stem two ids).
    internal const int Limit = 50_000;

    [ThreadStatic]
    private static WordCache? _current;

    private readonly Dictionary<string, WordForm> _forms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, WordForm>.AlternateLookup<ReadOnlySpan<char>> _formsBySpan;
    private readonly Dictionary<string, WordForm> _compounds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StemSlot> _stems = new(StringComparer.Ordinal);
    private long _text;

    private WordCache() => _formsBySpan = _forms.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The calling thread's cache.</summary>
    public static WordCache ForThisThread => _current ??= new WordCache();

    /// <summary>Starts a new text: returns its number (for <see cref="StemSlot.Text"/>), clearing the cache if full.</summary>
    public long BeginText()
    {
        if (_forms.Count >= Limit)
        {
            _forms.Clear();
            _compounds.Clear();
            _stems.Clear();
        }

        return ++_text;
    }

    /// <summary>The form of an already folded word given as characters.</summary>
    public WordForm Get(ReadOnlySpan<char> folded)
    {
        if (_formsBySpan.TryGetValue(folded, out var form))
            return form;
        var key = folded.ToString();
        form = Create(key, SpellingVariants.Canonical(key), SpellingVariants.StartsCompound(key));
        _forms.Add(key, form);
        return form;
    }

    /// <summary>The form of a closed compound ("ceasefire"): taken as it is, with no spelling variant applied.</summary>
    public WordForm GetCompound(string joined)
    {
        if (_compounds.TryGetValue(joined, out var form))
            return form;
        form = Create(joined, joined, startsCompound: false);
        _compounds.Add(joined, form);
        return form;
    }

    private WordForm Create(string folded, string canonical, bool startsCompound)
    {
        var stem = Stemmer.Stem(canonical);
        if (!_stems.TryGetValue(stem, out var slot))
        {
            slot = new StemSlot(stem);
            _stems.Add(stem, slot);
        }

        return new WordForm(folded, canonical, slot, StopWords.Contains(canonical), startsCompound);
    }
}

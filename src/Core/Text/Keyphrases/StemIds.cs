namespace NewsBot.Core.Text.Keyphrases;

/// <summary>Numbers the distinct stems of one extraction in order of first use, so per-stem data can live in arrays.</summary>
internal sealed class StemIds
{
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly List<string> stems = [];

    /// <summary>How many distinct stems have been numbered.</summary>
    public int Count => stems.Count;

    /// <summary>The id of <paramref name="stem"/>, numbering it if it is new.</summary>
    public int IdOf(string stem)
    {
        if (ids.TryGetValue(stem, out var id))
            return id;
        id = stems.Count;
        ids.Add(stem, id);
        stems.Add(stem);
        return id;
    }

    /// <summary>The id of <paramref name="stem"/>, or -1 when the text never uses it.</summary>
    public int Find(string stem) => ids.GetValueOrDefault(stem, -1);
}

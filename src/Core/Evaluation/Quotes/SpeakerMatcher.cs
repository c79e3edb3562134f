using NewsBot.Core.Text;

namespace NewsBot.Core.Evaluation.Quotes;

/// <summary>
/// Decides whether the bot's speaker is the annotated one. Names compare as folded words without articles, titles
/// and plural -s; a name is right when its words equal, contain or are contained in an accepted name's words
/// ("John Healey" is right for "Healey"; "Ministry of Defence" for "UK Ministry of Defence"); an annotated name with
/// an apposition ("Cruz, who has proposed ...,") is also compared by its part before the comma. The accepted names
/// are the annotation and, for pronouns and bare descriptions, the names they refer to (see the dataset reader).
/// </summary>
public static class SpeakerMatcher
{
    private static readonly HashSet<string> Dropped = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "s",
    };

    /// <summary>True when <paramref name="predicted"/> names one of <paramref name="accepted"/>.</summary>
    public static bool Matches(string predicted, IEnumerable<string> accepted)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(accepted);
        var mine = Words(predicted);
        if (mine.Count == 0)
            return false;
        foreach (var name in accepted)
        {
            if (Same(mine, Words(name)))
                return true;
            // An annotated speaker span may carry its apposition ("Cruz, who has proposed repealing the mandate,"):
            // the name is what comes before the first comma, so "Ted Cruz" is right for it as "Cruz" already was.
            var comma = name.IndexOf(',', StringComparison.Ordinal);
            if (comma > 0 && Same(mine, Words(name[..comma])))
                return true;
        }

        return false;
    }

    /// <summary>True when both name the same folded words ("the Pentagon" and "Pentagon"; "Élysée" and "Elysee").</summary>
    public static bool SameName(string one, string other)
    {
        ArgumentNullException.ThrowIfNull(one);
        ArgumentNullException.ThrowIfNull(other);
        var words = Words(one);
        return words.Count > 0 && words.SetEquals(Words(other));
    }

    private static bool Same(HashSet<string> mine, HashSet<string> theirs) =>
        theirs.Count > 0 && (theirs.IsSubsetOf(mine) || mine.IsSubsetOf(theirs));

    private static HashSet<string> Words(string name) =>
        Tokenizer.Tokenize(name).Select(t => t.Value.Length > 3 && t.Value.EndsWith('s') ? t.Value[..^1] : t.Value)
            .Where(w => !Dropped.Contains(w)).ToHashSet(StringComparer.Ordinal);
}

using NewsBot.Core.Text;

namespace NewsBot.Core.Keywords;

/// <summary>
/// A topic profile turned into stemmed token sequences once, so scoring an article is a single pass over its tokens.
/// Immutable after construction and safe to share.
/// </summary>
public sealed class CompiledProfile
{
    /// <summary>Compiles <paramref name="profile"/>.</summary>
    public CompiledProfile(TopicProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        Profile = profile;
        var terms = new List<CompiledTerm>();
        foreach (var term in profile.Terms)
            terms.Add(Compile(term.Text, term.Weight, TermRole.Topic));
        foreach (var term in profile.Excluded)
            terms.Add(Compile(term.Text, -Math.Abs(term.Weight), TermRole.Excluded));
        foreach (var entity in profile.Entities.Where(e => e.Weight != 0))
        {
            foreach (var name in entity.Aliases.Append(entity.Name))
                terms.Add(Compile(name, entity.Weight, TermRole.Topic) with { Label = entity.Name });
        }

        RequiredGroups = profile.Required
            .Select(group => (IReadOnlyList<CompiledTerm>)group.Select(t => Compile(t, 0, TermRole.Required)).ToList())
            .ToList();
        // Terms that stem alike ("security guarantee" and "security guarantees", "Zelensky" and "Zelenskyy") are one
        // term: counting both would double the weight of every mention.
        Terms = terms
            .Where(t => t.Stems.Length > 0)
            .GroupBy(t => (t.Role, Key: string.Join(" ", t.Stems)))
            .Select(g => g.MaxBy(t => Math.Abs(t.Weight))!)
            .ToList();
        terms = [.. Terms];
        ByFirstStem = terms.Concat(RequiredGroups.SelectMany(g => g)).Where(t => t.Stems.Length > 0)
            .GroupBy(t => t.Stems[0])
            .ToDictionary(g => g.Key, g => (IReadOnlyList<CompiledTerm>)g.OrderByDescending(t => t.Stems.Length).ToList(), StringComparer.Ordinal);
    }

    /// <summary>The source profile.</summary>
    public TopicProfile Profile { get; }

    /// <summary>Topic and excluded terms.</summary>
    public IReadOnlyList<CompiledTerm> Terms { get; }

    /// <summary>The required groups, each a list of alternatives.</summary>
    public IReadOnlyList<IReadOnlyList<CompiledTerm>> RequiredGroups { get; }

    /// <summary>Every term indexed by its first stem, for the single-pass matcher.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<CompiledTerm>> ByFirstStem { get; }

    /// <summary>Stems a phrase the way article text is stemmed, so both meet.</summary>
    public static string[] StemPhrase(string phrase) => AnalyzedText.StemsOf(phrase);

    private static CompiledTerm Compile(string text, double weight, TermRole role) =>
        new(text, StemPhrase(text), weight, role, text);
}

/// <summary>What a compiled term does when it matches.</summary>
public enum TermRole
{
    /// <summary>Adds its weight.</summary>
    Topic,

    /// <summary>Subtracts its weight: the mark of a different story.</summary>
    Excluded,

    /// <summary>Satisfies a required group; adds nothing by itself.</summary>
    Required,
}

/// <summary>A term as stems, with its weight and role.</summary>
public sealed record CompiledTerm(string Text, string[] Stems, double Weight, TermRole Role, string Label);

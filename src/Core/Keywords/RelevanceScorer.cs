using NewsBot.Core.Articles;
using NewsBot.Core.Text;

namespace NewsBot.Core.Keywords;

/// <summary>
/// Scores an article against a compiled profile in one pass over its stemmed tokens. A match in the headline counts
/// double and one in the first paragraph half as much again, because that is where an article says what it is about.
/// Pure and thread-safe.
/// </summary>
public static class RelevanceScorer
{
    private const double HeadlineFactor = 2.0;
    private const double LeadFactor = 1.5;

    /// <summary>Scores <paramref name="article"/> and explains the decision.</summary>
    public static Relevance Score(Article article, CompiledProfile profile)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(profile);
        var found = new Dictionary<CompiledTerm, (double Weight, int Position, int Count)>();
        Scan(article.Title, -1, HeadlineFactor, profile, found);
        var text = SpellingVariants.Normalize(article.Text);
        var leadEnd = LeadEnd(text);
        Scan(text[..leadEnd], 0, LeadFactor, profile, found);
        Scan(text[leadEnd..], leadEnd, 1.0, profile, found);

        var matches = found
            .Where(f => f.Key.Role != TermRole.Required)
            .GroupBy(f => f.Key.Label)
            .Select(g => new TermMatch(g.Key, g.Sum(x => x.Value.Weight), g.Min(x => x.Value.Position), g.Sum(x => x.Value.Count)))
            .OrderByDescending(m => Math.Abs(m.Weight))
            .ToList();
        var score = Math.Round(matches.Sum(m => m.Weight), 2);
        var missing = profile.RequiredGroups.FirstOrDefault(group => !group.Any(found.ContainsKey));
        var relevant = missing is null && score >= profile.Profile.Threshold;
        var reason = missing is not null
            ? $"no required context ({string.Join(" / ", missing.Select(t => t.Text))})"
            : relevant
                ? $"score {score} reaches threshold {profile.Profile.Threshold}"
                : $"score {score} below threshold {profile.Profile.Threshold}";
        return new Relevance(profile.Profile.Name, score, relevant, matches, reason);
    }

    private static int LeadEnd(string text)
    {
        // The lead is the first paragraph with real content (headline-like short lines are skipped).
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
                end = text.Length;
            if (end - start > 80)
                return end;
            start = end + 1;
        }

        return text.Length;
    }

    private static void Scan(
        string text, int offset, double factor, CompiledProfile profile,
        Dictionary<CompiledTerm, (double Weight, int Position, int Count)> found)
    {
        var tokens = Tokenizer.Tokenize(SpellingVariants.Normalize(text));
        var stems = new string[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
            stems[i] = Stemmer.Stem(tokens[i].Value);
        for (var i = 0; i < stems.Length; i++)
        {
            if (!profile.ByFirstStem.TryGetValue(stems[i], out var candidates))
                continue;
            foreach (var term in candidates)
            {
                if (!MatchesAt(stems, i, term.Stems))
                    continue;
                var position = offset < 0 ? -1 : offset + tokens[i].Start;
                found[term] = found.TryGetValue(term, out var previous)
                    ? (previous.Weight + DiminishedWeight(term.Weight * factor, previous.Count), previous.Position, previous.Count + 1)
                    : (term.Weight * factor, position, 1);
            }
        }
    }

    // Repeats add less and less: the tenth "Ukraine" says little more than the third.
    private static double DiminishedWeight(double weight, int previousCount) => weight / (1 + previousCount);

    private static bool MatchesAt(string[] stems, int at, string[] phrase)
    {
        if (at + phrase.Length > stems.Length)
            return false;
        for (var j = 1; j < phrase.Length; j++)
        {
            if (!string.Equals(stems[at + j], phrase[j], StringComparison.Ordinal))
                return false;
        }

        return true;
    }
}

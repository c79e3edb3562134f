using NewsBot.Core.Articles;
using NewsBot.Core.Text;

namespace NewsBot.Core.Keywords;

/// <summary>
/// Scores an article against a compiled profile in one pass over its stemmed words. A match in the headline counts
/// double and one in the first paragraph half as much again, because that is where an article says what it is about;
/// repeats add less and less. Pure and thread-safe.
/// </summary>
public static class RelevanceScorer
{
    private const double HeadlineFactor = 2.0;
    private const double LeadFactor = 1.5;

    // A first "paragraph" shorter than this is a dateline or standfirst; the lead is the first real paragraph.
    private const int MinimumLeadLength = 80;

    /// <summary>Scores <paramref name="article"/> and explains the decision.</summary>
    public static Relevance Score(Article article, CompiledProfile profile)
    {
        ArgumentNullException.ThrowIfNull(article);
        return Score(AnalyzedText.Of(article.Title), AnalyzedText.Of(article.Text), profile);
    }

    /// <summary>Scores an already analysed headline and body and explains the decision.</summary>
    public static Relevance Score(AnalyzedText title, AnalyzedText body, CompiledProfile profile)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(profile);
        var found = new Dictionary<CompiledTerm, (double Weight, int Position, int Count)>();
        Scan(title, _ => HeadlineFactor, headline: true, profile, found);
        var leadEnd = LeadEnd(body.Text);
        Scan(body, at => at < leadEnd ? LeadFactor : 1.0, headline: false, profile, found);

        var matches = found
            .Where(f => f.Key.Role != TermRole.Required)
            .GroupBy(f => f.Key.Label)
            .Select(g => new TermMatch(g.Key, Math.Round(g.Sum(x => x.Value.Weight), 2), Earliest(g.Select(x => x.Value.Position)), g.Sum(x => x.Value.Count)))
            .OrderByDescending(m => Math.Abs(m.Weight)).ThenBy(m => m.Term, StringComparer.Ordinal)
            .ToList();
        var score = Math.Round(matches.Sum(m => m.Weight), 2);
        var missing = profile.RequiredGroups.FirstOrDefault(group => !group.Any(found.ContainsKey));
        var threshold = profile.Profile.Threshold;
        var relevant = missing is null && score >= threshold;
        var reason = missing is not null
            ? $"no required context ({string.Join(" / ", missing.Select(t => t.Text))})"
            : relevant ? $"score {score} reaches threshold {threshold}" : $"score {score} below threshold {threshold}";
        return new Relevance(profile.Profile.Name, score, relevant, matches, reason);
    }

    // -1 (the headline) wins over any body offset.
    private static int Earliest(IEnumerable<int> positions) => positions.Min();

    private static int LeadEnd(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
                end = text.Length;
            if (end - start > MinimumLeadLength)
                return end;
            start = end + 1;
        }

        return text.Length;
    }

    private static void Scan(
        AnalyzedText text, Func<int, double> factorAt, bool headline, CompiledProfile profile,
        Dictionary<CompiledTerm, (double Weight, int Position, int Count)> found)
    {
        var words = text.WordSpan;
        var stemIds = text.StemIds;
        // The profile's terms for each distinct stem of the text, looked up once per stem rather than once per word.
        var byStem = new IReadOnlyList<CompiledTerm>?[text.Stems.Count];
        var looked = new bool[byStem.Length];
        // Where a label's match ends: "Volodymyr Zelensky" must not count again as "Zelensky" one word later.
        var coveredUntil = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < words.Length; i++)
        {
            var id = stemIds[i];
            if (!looked[id])
            {
                looked[id] = true;
                byStem[id] = profile.ByFirstStem.TryGetValue(text.Stems[id], out var terms) ? terms : null;
            }

            if (byStem[id] is not { } candidates)
                continue;
            foreach (var term in candidates)
            {
                if (!MatchesAt(words, i, term.Stems))
                    continue;
                if (term.Role != TermRole.Required)
                {
                    if (coveredUntil.TryGetValue(term.Label, out var until) && i < until)
                        continue;
                    coveredUntil[term.Label] = i + term.Stems.Length;
                }

                var weight = term.Weight * factorAt(words[i].Start);
                found[term] = found.TryGetValue(term, out var previous)
                    ? (previous.Weight + DiminishedWeight(weight, previous.Count), previous.Position, previous.Count + 1)
                    : (weight, headline ? -1 : words[i].Start, 1);
            }
        }
    }

    // Repeats add less and less: the tenth "Ukraine" says little more than the third.
    private static double DiminishedWeight(double weight, int previousCount) => weight / (1 + previousCount);

    private static bool MatchesAt(ReadOnlySpan<Word> words, int at, string[] phrase)
    {
        if (at + phrase.Length > words.Length)
            return false;
        for (var j = 1; j < phrase.Length; j++)
        {
            if (!string.Equals(words[at + j].Stem, phrase[j], StringComparison.Ordinal))
                return false;
        }

        return true;
    }
}

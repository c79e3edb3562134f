using NewsBot.Core.Keywords;

namespace NewsBot.Core.Text;

/// <summary>
/// Extractive summary by greedy coverage of the article's central vocabulary. A word's weight is the number of other
/// sentences that use it (centrality), so a sentence that carries what the whole article keeps returning to scores
/// high; a word already covered by an earlier pick counts less (the maximal-marginal-relevance step that drops
/// redundant sentences); the profile's terms add their weight; the gain is scaled by the sentence's length to the
/// power 0.3 (a full reporting sentence beats a short quote of similar coverage); a slight lead bonus breaks ties in
/// favour of the top of the story. Picks are returned in article order and never cut. Pure and thread-safe.
/// </summary>
/// <remarks>
/// The constants were tuned on the public BBC News Summary set (ROUGE-1 F1 at 3 sentences; see docs/evaluation.md):
/// position helps far less there than centrality, a full redundancy penalty costs more than it saves, extra weight
/// for headline words or an additive bonus per word lowered the score, and LexRank-style graph centrality
/// (idf-weighted cosine, PageRank) multiplied in lowered it too.
/// </remarks>
public static class Summarizer
{
    private const double CoveredDiscount = 0.85;
    private const double LeadBonus = 0.05;
    private const double LengthExponent = 0.3;
    private const double NearDuplicateShare = 0.8;
    private const int MinimumWords = 5;

    /// <summary>Up to <paramref name="count"/> whole sentences of <paramref name="text"/>, in article order.</summary>
    public static IReadOnlyList<string> Summarize(string text, CompiledProfile? profile, int count = 3)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Summarize(AnalyzedText.Of(text), profile, count);
    }

    /// <summary>Up to <paramref name="count"/> whole sentences of an analysed text, in article order.</summary>
    public static IReadOnlyList<string> Summarize(AnalyzedText text, CompiledProfile? profile, int count = 3)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        // Stems become small integers once, so the greedy loop below hashes ints rather than strings.
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var sentences = new List<(TextSpan Span, HashSet<int> Stems, int Words)>(text.Sentences.Count);
        for (var s = 0; s < text.Sentences.Count; s++)
        {
            var words = text.WordsOf(s);
            var stems = new HashSet<int>(words.Length);
            foreach (var word in words)
            {
                if (word.IsStopWord)
                    continue;
                if (!ids.TryGetValue(word.Stem, out var id))
                {
                    id = ids.Count;
                    ids.Add(word.Stem, id);
                }

                stems.Add(id);
            }

            sentences.Add((text.Sentences[s], stems, words.Length));
        }

        // Headlines, datelines and bullet stubs rarely summarise; keep them only when the article has nothing else.
        var candidates = new List<int>(sentences.Count);
        for (var i = 0; i < sentences.Count; i++)
        {
            if (sentences[i].Words >= MinimumWords)
                candidates.Add(i);
        }

        if (candidates.Count == 0)
            candidates = Enumerable.Range(0, sentences.Count).ToList();
        if (candidates.Count <= count)
            return candidates.Select(i => sentences[i].Span.Of(text.Text)).ToList();

        var frequency = new int[ids.Count];
        var topic = new double[sentences.Count];
        foreach (var i in candidates)
        {
            foreach (var stem in sentences[i].Stems)
                frequency[stem]++;
            topic[i] = TopicWeight(sentences[i].Stems, ids, profile);
        }

        var covered = new bool[ids.Count];
        var picked = new List<int>(count);
        while (picked.Count < count)
        {
            var best = -1;
            var bestGain = double.MinValue;
            for (var rank = 0; rank < candidates.Count; rank++)
            {
                var i = candidates[rank];
                if (IsPickedOrDuplicate(i, picked, sentences))
                    continue;
                var gain = 1.0 + topic[i];
                foreach (var stem in sentences[i].Stems)
                    gain += (frequency[stem] - 1) * (covered[stem] ? CoveredDiscount : 1.0);
                gain *= 1 + LeadBonus / (1 + rank * 0.5);
                // Coverage already grows with length; this mild extra favours full reporting sentences over
                // short quotes and asides of similar coverage, without letting one long sentence crowd the rest out.
                gain *= Math.Pow(sentences[i].Words, LengthExponent);
                if (gain > bestGain)
                {
                    bestGain = gain;
                    best = i;
                }
            }

            if (best < 0)
                break;
            picked.Add(best);
            foreach (var stem in sentences[best].Stems)
                covered[stem] = true;
        }

        picked.Sort();
        return picked.Select(i => sentences[i].Span.Of(text.Text)).ToList();
    }

    private static bool IsPickedOrDuplicate(int i, List<int> picked, List<(TextSpan Span, HashSet<int> Stems, int Words)> sentences)
    {
        foreach (var p in picked)
        {
            if (p == i || IsNearDuplicate(sentences[i].Stems, sentences[p].Stems))
                return true;
        }

        return false;
    }

    // Wire copy repeats its lead lower down, often reworded slightly; such a sentence adds nothing.
    private static bool IsNearDuplicate(HashSet<int> a, HashSet<int> b)
    {
        if (a.Count == 0 || b.Count == 0)
            return false;
        var shared = 0;
        foreach (var stem in a)
        {
            if (b.Contains(stem))
                shared++;
        }

        return shared >= NearDuplicateShare * Math.Min(a.Count, b.Count);
    }

    private static double TopicWeight(HashSet<int> stems, Dictionary<string, int> ids, CompiledProfile? profile)
    {
        if (profile is null)
            return 0;
        var weight = 0.0;
        foreach (var term in profile.Terms)
        {
            if (term.Role == TermRole.Topic && HasAll(stems, ids, term.Stems))
                weight += term.Weight;
        }

        return weight;
    }

    private static bool HasAll(HashSet<int> stems, Dictionary<string, int> ids, string[] wanted)
    {
        foreach (var stem in wanted)
        {
            if (!ids.TryGetValue(stem, out var id) || !stems.Contains(id))
                return false;
        }

        return true;
    }
}

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
        var sentences = text.Sentences;
        var stems = SentenceStems(text, out var words);

        // Headlines, datelines and bullet stubs rarely summarise; keep them only when the article has nothing else.
        var candidates = new List<int>(sentences.Count);
        for (var i = 0; i < sentences.Count; i++)
        {
            if (words[i] >= MinimumWords)
                candidates.Add(i);
        }

        if (candidates.Count == 0)
            candidates = Enumerable.Range(0, sentences.Count).ToList();
        if (candidates.Count <= count)
            return candidates.Select(i => sentences[i].Of(text.Text)).ToList();

        var frequency = new int[text.Stems.Count];
        foreach (var i in candidates)
        {
            foreach (var stem in stems[i])
                frequency[stem]++;
        }

        var topic = TopicWeights(text, stems, candidates, profile);
        // The per-candidate factors do not change from pick to pick; worked out once, they are the same doubles.
        var factors = new double[candidates.Count];
        var lengths = new double[candidates.Count];
        for (var rank = 0; rank < candidates.Count; rank++)
        {
            factors[rank] = 1 + LeadBonus / (1 + rank * 0.5);
            lengths[rank] = Math.Pow(words[candidates[rank]], LengthExponent);
        }

        var covered = new bool[text.Stems.Count];
        var excluded = new bool[sentences.Count];
        var picked = new List<int>(count);
        while (picked.Count < count)
        {
            var best = -1;
            var bestGain = double.MinValue;
            for (var rank = 0; rank < candidates.Count; rank++)
            {
                var i = candidates[rank];
                if (excluded[i])
                    continue;
                var gain = 1.0 + topic[i];
                foreach (var stem in stems[i])
                    gain += (frequency[stem] - 1) * (covered[stem] ? CoveredDiscount : 1.0);
                gain *= factors[rank];
                // Coverage already grows with length; this mild extra favours full reporting sentences over
                // short quotes and asides of similar coverage, without letting one long sentence crowd the rest out.
                gain *= lengths[rank];
                if (gain > bestGain)
                {
                    bestGain = gain;
                    best = i;
                }
            }

            if (best < 0)
                break;
            picked.Add(best);
            foreach (var stem in stems[best])
                covered[stem] = true;
            ExcludeNearDuplicates(best, candidates, stems, covered.Length, excluded);
        }

        picked.Sort();
        return picked.Select(i => sentences[i].Of(text.Text)).ToList();
    }

    // Each sentence's distinct content stems (ids into text.Stems), in order of first use, and its word count.
    private static int[][] SentenceStems(AnalyzedText text, out int[] words)
    {
        var count = text.Sentences.Count;
        var ids = text.StemIds;
        var stems = new int[count][];
        words = new int[count];
        var lastSentence = new int[text.Stems.Count];
        var buffer = new int[text.Words.Count];
        for (var s = 0; s < count; s++)
        {
            var first = text.SentenceStarts[s];
            var sentenceWords = text.WordsOf(s);
            var n = 0;
            for (var k = 0; k < sentenceWords.Length; k++)
            {
                var id = ids[first + k];
                if (sentenceWords[k].IsStopWord || lastSentence[id] == s + 1)
                    continue;
                lastSentence[id] = s + 1;
                buffer[n++] = id;
            }

            stems[s] = buffer.AsSpan(0, n).ToArray();
            words[s] = sentenceWords.Length;
        }

        return stems;
    }

    // Wire copy repeats its lead lower down, often reworded slightly; such a sentence adds nothing. A sentence is
    // out once picked or once it shares most of its stems with a pick.
    private static void ExcludeNearDuplicates(int best, List<int> candidates, int[][] stems, int stemCount, bool[] excluded)
    {
        excluded[best] = true;
        var inBest = new bool[stemCount];
        foreach (var stem in stems[best])
            inBest[stem] = true;
        foreach (var i in candidates)
        {
            if (excluded[i] || stems[i].Length == 0 || stems[best].Length == 0)
                continue;
            var shared = 0;
            foreach (var stem in stems[i])
            {
                if (inBest[stem])
                    shared++;
            }

            excluded[i] = shared >= NearDuplicateShare * Math.Min(stems[i].Length, stems[best].Length);
        }
    }

    // The summed weight of the profile's topic terms each candidate contains whole, in the profile's order.
    private static double[] TopicWeights(AnalyzedText text, int[][] stems, List<int> candidates, CompiledProfile? profile)
    {
        var topic = new double[stems.Length];
        if (profile is null)
            return topic;
        // Only terms whose every stem occurs in the text can match a sentence; the rest are dropped once here.
        var present = new List<(int[] Ids, double Weight)>();
        foreach (var term in profile.Terms)
        {
            if (term.Role != TermRole.Topic)
                continue;
            var ids = new int[term.Stems.Length];
            var all = true;
            for (var j = 0; j < ids.Length && all; j++)
            {
                ids[j] = text.StemIdOf(term.Stems[j]);
                all = ids[j] >= 0;
            }

            if (all)
                present.Add((ids, term.Weight));
        }

        if (present.Count == 0)
            return topic;
        var inSentence = new int[text.Stems.Count];
        foreach (var i in candidates)
        {
            foreach (var stem in stems[i])
                inSentence[stem] = i + 1;
            var weight = 0.0;
            foreach (var (ids, termWeight) in present)
            {
                if (ContainsAll(inSentence, i + 1, ids))
                    weight += termWeight;
            }

            topic[i] = weight;
        }

        return topic;
    }

    private static bool ContainsAll(int[] inSentence, int sentence, int[] ids)
    {
        foreach (var id in ids)
        {
            if (inSentence[id] != sentence)
                return false;
        }

        return true;
    }
}

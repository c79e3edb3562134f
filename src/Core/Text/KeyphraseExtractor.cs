using NewsBot.Core.Keywords;
using NewsBot.Core.Text.Keyphrases;

namespace NewsBot.Core.Text;

/// <summary>
/// Keyphrases in the PositionRank family, without a part-of-speech tagger. Candidates are runs of content words,
/// which stop words, verbs (a small lexicon of verb forms) and other <see cref="NonKeyWords"/>, numbers, any mark
/// between words and the end of a possessive ("Canada's | gold medal") break; runs of more than four words yield
/// their words and word pairs. A participle is kept only after a determiner ("the infected cattle") or when
/// capitalised inside a sentence ("Shining Path"), and the parts of a hyphenated compound stay whole ("long-term");
/// a phrase ending like an adjective ("-ous", "-able") is not a noun phrase and is dropped. Each word earns a score
/// from every occurrence, more for early ones (news says what matters first); a phrase scores the sum of its words,
/// times how often the phrase itself recurs, times a bonus for an early first mention (as PositionRank), damped for
/// a single word; the topic profile's terms get a bonus, so an article's themes come out in the topic's own words.
/// A phrase contained in a better one is dropped. Pure and thread-safe.
/// </summary>
public static class KeyphraseExtractor
{
    private const double ProfileBonus = 1.5;
    private const double SingleWordFactor = 0.6;
    private const double RecurrenceExponent = 0.8;
    private const double FirstMentionBonus = 4;

    /// <summary>Up to <paramref name="count"/> phrases, best first, each as it first appears in the text.</summary>
    public static IReadOnlyList<string> Extract(string title, string text, CompiledProfile? profile, int count = 8)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Extract(AnalyzedText.Of(title ?? ""), AnalyzedText.Of(text), profile, count);
    }

    /// <summary>Up to <paramref name="count"/> phrases of an analysed headline and body, best first.</summary>
    public static IReadOnlyList<string> Extract(AnalyzedText title, AnalyzedText body, CompiledProfile? profile, int count = 8)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var collector = new CandidateCollector(title, body);
        var profileTerms = ProfileTerms(profile, collector);
        var wordScores = collector.WordScores;
        var scored = new (Candidate, (double, int))[collector.Candidates.Count];
        var n = 0;
        foreach (var candidate in collector.Candidates.Values)
        {
            // Best first; a tie goes to the earlier phrase, so the order never depends on hashing.
            scored[n++] = (candidate, (-Score(candidate, wordScores, profileTerms), candidate.First));
        }

        // Built in one go (linear time), then only as many are taken as the answer needs.
        var queue = new PriorityQueue<Candidate, (double, int)>(scored);
        var chosen = new List<Candidate>(count);
        while (chosen.Count < count && queue.TryDequeue(out var candidate, out _))
        {
            if (!IsInsideAny(chosen, candidate.Key))
                chosen.Add(candidate);
        }

        var phrases = new string[chosen.Count];
        for (var i = 0; i < chosen.Count; i++)
        {
            var text = chosen[i].Part == 0 ? title.Text : body.Text;
            phrases[i] = text[chosen[i].Start..chosen[i].End];
        }

        return phrases;
    }

    private static bool IsInsideAny(List<Candidate> chosen, PhraseKey key)
    {
        foreach (var better in chosen)
        {
            if (better.Key.Contains(key))
                return true;
        }

        return false;
    }

    /// <summary>A phrase as its space-joined word stems, the identity of a keyphrase ("Security Guarantees" -> "secur guarante").</summary>
    public static string StemKey(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        return string.Join(' ', Tokenizer.Tokenize(phrase).Select(t => Stemmer.Stem(t.Value)));
    }

    // The profile's topic terms as keys of this text's stem ids; a term with a stem the text never uses cannot match.
    private static HashSet<PhraseKey> ProfileTerms(CompiledProfile? profile, CandidateCollector stems)
    {
        var keys = new HashSet<PhraseKey>();
        if (profile is null)
            return keys;
        Span<int> ids = stackalloc int[PhraseKey.MaxLength];
        foreach (var term in profile.Terms)
        {
            if (term.Role != TermRole.Topic || term.Stems.Length > PhraseKey.MaxLength)
                continue;
            var known = true;
            for (var i = 0; i < term.Stems.Length && known; i++)
                known = (ids[i] = stems.StemIdOf(term.Stems[i])) >= 0;
            if (known)
                keys.Add(PhraseKey.Of(ids, 0, term.Stems.Length));
        }

        return keys;
    }

    private static double Score(Candidate candidate, ReadOnlySpan<double> wordScores, HashSet<PhraseKey> profileTerms)
    {
        var score = 0.0;
        for (var i = 0; i < candidate.Key.Length; i++)
            score += wordScores[candidate.Key[i]];
        // Recurrence counts, but less than linearly: a phrase said five times is not five times the theme.
        if (candidate.Count > 1)
            score *= Math.Pow(candidate.Count, RecurrenceExponent);
        // News names its subject early: a phrase first met in the opening words gains up to fivefold (PositionRank).
        score *= 1 + FirstMentionBonus / Math.Sqrt(Math.Max(1, candidate.First));
        if (candidate.Key.Length == 1)
            score *= SingleWordFactor;
        return profileTerms.Contains(candidate.Key) ? score * ProfileBonus : score;
    }
}

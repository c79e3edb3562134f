using System.Runtime.InteropServices;

namespace NewsBot.Core.Text.Keyphrases;

/// <summary>
/// Walks a headline and a body once and collects the candidate phrases (runs of content words, broken by stop words,
/// <see cref="NonKeyWords"/>, numbers, punctuation and sentence ends) and each stem's position-weighted frequency.
/// One instance per extraction; not thread-safe.
/// </summary>
internal sealed class CandidateCollector
{
    // Runs up to this long are taken whole, as a tagger would take a noun phrase; longer ones yield their words and word
    // pairs (most keyphrases are two words; three-word pieces of a long run were mostly fragments).
    private const int WholeRunWords = PhraseKey.MaxLength;
    private const int MaxWords = 2;

    // After these a participle is an adjective or a noun ("the infected cattle", "its lending"), not a verb.
    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "its", "their", "his", "her", "our", "your", "this", "these", "those", "that",
    };

    private readonly List<Word> run = new(8);
    private readonly List<int> runIds = new(8);
    private double[] wordScores = new double[64];
    private int position;

    public StemIds Stems { get; } = new();

    public Dictionary<PhraseKey, Candidate> Candidates { get; } = [];

    /// <summary>Position-weighted frequency of each stem id: every occurrence adds 1/sqrt(word position).</summary>
    public ReadOnlySpan<double> WordScores => wordScores.AsSpan(0, Stems.Count);

    /// <summary>Collects the candidates of <paramref name="text"/>, the headline (part 0) or the body (part 1).</summary>
    public void Add(AnalyzedText text, int part)
    {
        // The words are an array behind the interface; a span spares an interface call per look.
        ReadOnlySpan<Word> words = text.Words as Word[] ?? [.. text.Words];
        for (var i = 0; i <= words.Length; i++)
        {
            var isContent = i < words.Length && IsContentWord(text.Text, words, i);
            var broken = !isContent || i > 0 && (words[i].Sentence != words[i - 1].Sentence
                || HasPunctuationBetween(text.Text, words[i - 1].End, words[i].Start)
                || StartsName(text.Text, words[i - 1], words[i]) || IsPossessive(text.Text, words[i - 1]));
            if (broken && run.Count > 0)
                EndRun(part);
            if (i == words.Length)
                break;
            position++;
            if (!isContent)
                continue;
            var id = Stems.IdOf(words[i].Stem);
            if (id == wordScores.Length)
                Array.Resize(ref wordScores, id * 2);
            wordScores[id] += 1.0 / Math.Sqrt(position);
            run.Add(words[i]);
            runIds.Add(id);
        }
    }

    private void EndRun(int part)
    {
        var firstPosition = position - run.Count + 1;
        var ids = CollectionsMarshal.AsSpan(runIds);
        var whole = run.Count <= WholeRunWords;
        for (var start = 0; start < run.Count; start++)
        {
            var longest = whole ? run.Count - start : Math.Min(MaxWords, run.Count - start);
            for (var length = whole ? longest : 1; length <= longest; length++)
            {
                if (whole && start > 0 || EndsLikeAdjective(run[start + length - 1].Folded))
                    continue;
                var key = PhraseKey.Of(ids, start, length);
                if (Candidates.TryGetValue(key, out var existing))
                    existing.Count++;
                else
                    Candidates.Add(key, new Candidate(key, part, run[start].Start, run[start + length - 1].End, firstPosition + start));
            }
        }

        run.Clear();
        runIds.Clear();
    }

    // Adjective endings: a phrase that ends in one ("the river was dangerous") is not a noun phrase.
    private static bool EndsLikeAdjective(string last) =>
        last.Length > 5 && (last.EndsWith("ous", StringComparison.Ordinal) || last.EndsWith("ful", StringComparison.Ordinal)
            || last.EndsWith("less", StringComparison.Ordinal) || last.EndsWith("able", StringComparison.Ordinal)
            || last.EndsWith("ible", StringComparison.Ordinal));

    private static bool IsContentWord(string text, ReadOnlySpan<Word> words, int i)
    {
        // A part of a hyphenated compound ("long-term", "F-16", "in-flight") belongs to it, whatever it is alone.
        if (IsHyphenated(text, words, i - 1, i) || IsHyphenated(text, words, i, i + 1))
            return true;
        var word = words[i].Folded;
        if (word.Length <= 1 || words[i].IsStopWord || NonKeyWords.Contains(word) || IsAllDigits(word))
            return false;
        if (!NonKeyWords.EndsLikeParticiple(word))
            return true;
        // Inside a sentence a capitalised participle is part of a name ("the Shining Path").
        return i > 0 && words[i - 1].Sentence == words[i].Sentence
            && (Determiners.Contains(words[i - 1].Folded) || char.IsUpper(text[words[i].Start]));
    }

    private static bool IsHyphenated(string text, ReadOnlySpan<Word> words, int left, int right) =>
        left >= 0 && right < words.Length && words[right].Start == words[left].End + 1 && text[words[left].End] == '-';

    private static bool IsAllDigits(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsDigit(c))
                return false;
        }

        return true;
    }

    // "defence minister Sébastien Lecornu": a capitalised word after a lower-case one starts a name, and a phrase
    // that runs from a common noun into a name is neither.
    private static bool StartsName(string text, Word previous, Word current) =>
        char.IsUpper(text[current.Start]) && char.IsLower(text[previous.Start]);

    // "Canada's sole gold medal": the possessor and the thing possessed are two phrases.
    private static bool IsPossessive(string text, Word word) =>
        word.End - word.Start > 2 && text[word.End - 1] is 's' or 'S' && text[word.End - 2] is '\'' or '’';

    private static bool HasPunctuationBetween(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (text[i] == '\n' || !char.IsWhiteSpace(text[i]) && text[i] != '-')
                return true;
        }

        return false;
    }
}

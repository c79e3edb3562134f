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
    private readonly AnalyzedText body;
    private readonly List<string> titleOnlyStems = [];
    private readonly double[] wordScores;
    private int position;

    /// <summary>Collects the candidates of a headline and its body, the headline first.</summary>
    public CandidateCollector(AnalyzedText title, AnalyzedText body)
    {
        this.body = body;
        // Stem ids are the body's own (AnalyzedText.StemIds); a stem only the headline uses gets the next free id.
        var titleIds = new int[title.Stems.Count];
        for (var t = 0; t < titleIds.Length; t++)
        {
            var id = body.StemIdOf(title.Stems[t]);
            if (id < 0)
            {
                id = body.Stems.Count + titleOnlyStems.Count;
                titleOnlyStems.Add(title.Stems[t]);
            }

            titleIds[t] = id;
        }

        wordScores = new double[body.Stems.Count + titleOnlyStems.Count];
        var mapped = new int[title.Words.Count];
        for (var i = 0; i < mapped.Length; i++)
            mapped[i] = titleIds[title.StemIds[i]];
        Add(title, 0, mapped);
        Add(body, 1, body.StemIds);
    }

    public Dictionary<PhraseKey, Candidate> Candidates { get; } = [];

    /// <summary>Position-weighted frequency of each stem id: every occurrence adds 1/sqrt(word position).</summary>
    public ReadOnlySpan<double> WordScores => wordScores;

    /// <summary>The id of <paramref name="stem"/> in this extraction, or -1 when neither text uses it.</summary>
    public int StemIdOf(string stem)
    {
        var id = body.StemIdOf(stem);
        if (id >= 0)
            return id;
        var titleOnly = titleOnlyStems.IndexOf(stem);
        return titleOnly < 0 ? -1 : body.Stems.Count + titleOnly;
    }

    // The words of the headline (part 0) or the body (part 1), with each word's stem id.
    private void Add(AnalyzedText text, int part, ReadOnlySpan<int> ids)
    {
        var words = text.WordSpan;
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
            wordScores[ids[i]] += 1.0 / Math.Sqrt(position);
            run.Add(words[i]);
            runIds.Add(ids[i]);
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

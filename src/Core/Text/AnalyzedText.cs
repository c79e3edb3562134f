namespace NewsBot.Core.Text;

/// <summary>
/// A text split into sentences and words once, each word folded, made spelling-canonical and stemmed, with offsets
/// into the original. Relevance, summaries and keyphrases all read the same instance, so an article is tokenised
/// and stemmed once per analysis. Immutable and safe to share.
/// </summary>
public sealed class AnalyzedText
{
    private AnalyzedText(string text, IReadOnlyList<TextSpan> sentences, Word[] words, int[] sentenceStarts)
    {
        Text = text;
        Sentences = sentences;
        Words = words;
        SentenceStarts = sentenceStarts;
    }

    /// <summary>The original text.</summary>
    public string Text { get; }

    /// <summary>The sentences, in order.</summary>
    public IReadOnlyList<TextSpan> Sentences { get; }

    /// <summary>All words, in order.</summary>
    public IReadOnlyList<Word> Words { get; }

    /// <summary>Index in <see cref="Words"/> of each sentence's first word, plus the word count at the end.</summary>
    public IReadOnlyList<int> SentenceStarts { get; }

    /// <summary>The words of sentence <paramref name="sentence"/>.</summary>
    public ReadOnlySpan<Word> WordsOf(int sentence) =>
        ((Word[])Words).AsSpan(SentenceStarts[sentence], SentenceStarts[sentence + 1] - SentenceStarts[sentence]);

    /// <summary>Analyses <paramref name="text"/>.</summary>
    public static AnalyzedText Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = SentenceSplitter.Split(text);
        var words = new List<Word>(text.Length / 5);
        var starts = new int[sentences.Count + 1];
        for (var s = 0; s < sentences.Count; s++)
        {
            starts[s] = words.Count;
            var span = sentences[s];
            var tokens = Tokenizer.Tokenize(text, span.Start, span.End);
            for (var i = 0; i < tokens.Count; i++)
            {
                var token = tokens[i];
                var end = token.End;
                var folded = SpellingVariants.Canonical(token.Value);
                if (i + 1 < tokens.Count && SpellingVariants.IsJoiner(text.AsSpan(token.End, tokens[i + 1].Start - token.End))
                    && SpellingVariants.Compound(token.Value, tokens[i + 1].Value) is { } joined)
                {
                    folded = joined;
                    end = tokens[++i].End;
                }

                words.Add(new Word(folded, Stemmer.Stem(folded), token.Start, end, s, StopWords.Contains(folded)));
            }
        }

        starts[sentences.Count] = words.Count;
        return new AnalyzedText(text, sentences, words.ToArray(), starts);
    }

    /// <summary>The stems of a phrase, as article words are stemmed, so profile terms and text meet.</summary>
    public static string[] StemsOf(string phrase) => Of(phrase).Words.Select(w => w.Stem).ToArray();
}

namespace NewsBot.Core.Text;

/// <summary>
/// A text split into sentences and words once, each word folded, made spelling-canonical and stemmed, with offsets
/// into the original. Relevance, summaries and keyphrases all read the same instance, so an article is tokenised
/// and stemmed once per analysis. Each distinct stem also gets a small id (<see cref="StemIds"/>), so readers can
/// count and compare stems with arrays instead of hashing strings. Immutable and safe to share.
/// </summary>
public sealed class AnalyzedText
{
    // Longer tokens (URLs run together, hashes) take the general folding path rather than the stack buffer.
    private const int MaxStackWord = 64;

    [ThreadStatic]
    private static Scratch? _scratch;

    private readonly Word[] _words;
    private readonly int[] _stemIds;
    private readonly string[] _stems;
    private Dictionary<string, int>? _stemIndex;

    private AnalyzedText(string text, IReadOnlyList<TextSpan> sentences, Word[] words, int[] sentenceStarts, int[] stemIds, string[] stems)
    {
        Text = text;
        Sentences = sentences;
        _words = words;
        SentenceStarts = sentenceStarts;
        _stemIds = stemIds;
        _stems = stems;
    }

    /// <summary>The original text.</summary>
    public string Text { get; }

    /// <summary>The sentences, in order.</summary>
    public IReadOnlyList<TextSpan> Sentences { get; }

    /// <summary>All words, in order.</summary>
    public IReadOnlyList<Word> Words => _words;

    /// <summary>All words, in order, for Core's own readers that walk them by index.</summary>
    internal ReadOnlySpan<Word> WordSpan => _words;

    /// <summary>Index in <see cref="Words"/> of each sentence's first word, plus the word count at the end.</summary>
    public IReadOnlyList<int> SentenceStarts { get; }

    /// <summary>The distinct stems of the text, in order of first use; <see cref="StemIds"/> indexes this list.</summary>
    public IReadOnlyList<string> Stems => _stems;

    /// <summary>For each word of <see cref="Words"/>, the index of its stem in <see cref="Stems"/>.</summary>
    public ReadOnlySpan<int> StemIds => _stemIds;

    /// <summary>The words of sentence <paramref name="sentence"/>.</summary>
    public ReadOnlySpan<Word> WordsOf(int sentence) =>
        _words.AsSpan(SentenceStarts[sentence], SentenceStarts[sentence + 1] - SentenceStarts[sentence]);

    /// <summary>The index of <paramref name="stem"/> in <see cref="Stems"/>, or -1 when no word of the text has it.</summary>
    public int StemIdOf(string stem)
    {
        ArgumentNullException.ThrowIfNull(stem);
        // Built on first use: most readers go by id and never ask. A race only builds the same index twice.
        var index = Volatile.Read(ref _stemIndex);
        if (index is null)
        {
            index = new Dictionary<string, int>(_stems.Length, StringComparer.Ordinal);
            for (var i = 0; i < _stems.Length; i++)
                index.Add(_stems[i], i);
            Volatile.Write(ref _stemIndex, index);
        }

        return index.TryGetValue(stem, out var id) ? id : -1;
    }

    /// <summary>Analyses <paramref name="text"/>.</summary>
    public static AnalyzedText Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var cache = WordCache.ForThisThread;
        var scratch = _scratch ??= new Scratch();
        var textNumber = cache.BeginText();
        var sentences = SentenceSplitter.SplitToList(text);
        var starts = new int[sentences.Count + 1];
        var words = scratch.Words;
        var stemIds = scratch.StemIds;
        var count = 0;
        scratch.Stems.Clear();
        for (var s = 0; s < sentences.Count; s++)
        {
            starts[s] = count;
            var span = sentences[s];
            var pieces = Tokenize(text, span.Start, span.End, cache, scratch);
            for (var i = 0; i < pieces.Length; i++)
            {
                var piece = pieces[i];
                var form = piece.Form;
                var end = piece.End;
                if (form.StartsCompound && i + 1 < pieces.Length
                    && SpellingVariants.IsJoiner(text.AsSpan(piece.End, pieces[i + 1].Start - piece.End))
                    && SpellingVariants.Compound(form.Folded, pieces[i + 1].Form.Folded) is { } joined)
                {
                    form = cache.GetCompound(joined);
                    end = pieces[++i].End;
                }

                var slot = form.Stem;
                if (slot.Text != textNumber)
                {
                    slot.Text = textNumber;
                    slot.Id = scratch.Stems.Count;
                    scratch.Stems.Add(slot.Value);
                }

                if (count == words.Length)
                    (words, stemIds) = scratch.Grow();
                words[count] = new Word(form.Canonical, slot.Value, piece.Start, end, s, form.IsStopWord);
                stemIds[count] = slot.Id;
                count++;
            }
        }

        starts[sentences.Count] = count;
        var analyzed = new AnalyzedText(text, sentences, words.AsSpan(0, count).ToArray(), starts, stemIds.AsSpan(0, count).ToArray(), [.. scratch.Stems]);
        // One huge text must not leave its buffers pinned to the thread for good.
        if (scratch.IsOversized)
            _scratch = null;
        return analyzed;
    }

    /// <summary>The stems of a phrase, as article words are stemmed, so profile terms and text meet.</summary>
    public static string[] StemsOf(string phrase) => Of(phrase).Words.Select(w => w.Stem).ToArray();

    // The tokens of [from, to) as cached word forms: the same tokens Tokenizer.Tokenize yields, folded the same way,
    // but a plain ASCII word is lower-cased into a stack buffer and looked up without allocating a string.
    private static ReadOnlySpan<Piece> Tokenize(string text, int from, int to, WordCache cache, Scratch scratch)
    {
        Span<char> buffer = stackalloc char[MaxStackWord];
        var pieces = scratch.Pieces;
        var count = 0;
        var i = from;
        while (Tokenizer.NextWord(text, ref i, to, out var start))
        {
            var plain = LowerAscii(text.AsSpan(start, i - start), buffer);
            var form = plain ? cache.Get(buffer[..(i - start)]) : cache.Get(Tokenizer.Fold(text.AsSpan(start, i - start)));
            if (count == pieces.Length)
                pieces = scratch.GrowPieces();
            pieces[count++] = new Piece(form, start, i);
        }

        return pieces.AsSpan(0, count);
    }

    // Lower-cases a plain ASCII word without an apostrophe into the buffer; false for any other word (or one too long),
    // which Tokenizer.Fold handles.
    private static bool LowerAscii(ReadOnlySpan<char> word, Span<char> buffer)
    {
        if (word.Length > buffer.Length)
            return false;
        for (var k = 0; k < word.Length; k++)
        {
            var c = word[k];
            if (c >= 128 || c == '\'')
                return false;
            buffer[k] = c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
        }

        return true;
    }

    private readonly record struct Piece(WordForm Form, int Start, int End);

    // Per-thread buffers reused from text to text, so a text allocates only its final, exactly sized arrays.
    private sealed class Scratch
    {
        // About 64,000 words (a long report is under 10,000): buffers grown past this are dropped after the text.
        private const int KeepLimit = 1 << 16;

        public Piece[] Pieces { get; private set; } = new Piece[64];

        public Word[] Words { get; private set; } = new Word[1024];

        public int[] StemIds { get; private set; } = new int[1024];

        public List<string> Stems { get; } = new(512);

        public bool IsOversized => Words.Length > KeepLimit || Pieces.Length > KeepLimit || Stems.Capacity > KeepLimit;

        public Piece[] GrowPieces()
        {
            var larger = Pieces;
            Array.Resize(ref larger, larger.Length * 2);
            return Pieces = larger;
        }

        public (Word[] Words, int[] StemIds) Grow()
        {
            var words = Words;
            var ids = StemIds;
            Array.Resize(ref words, words.Length * 2);
            Array.Resize(ref ids, words.Length);
            Words = words;
            StemIds = ids;
            return (words, ids);
        }
    }
}

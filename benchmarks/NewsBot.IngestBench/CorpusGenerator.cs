using System.Globalization;
using System.Text;
using NewsBot.Core.Analysis;
using NewsBot.Core.Articles;
using NewsBot.Core.Keywords;
using NewsBot.Core.Quotes;
using NewsBot.Core.Storage;

namespace NewsBot.IngestBench;

/// <summary>
/// A deterministic synthetic news corpus: articles of about 360 words drawn from a 30,000-word vocabulary with a
/// skewed (Zipf-like) frequency, 0 to 3 quotes from 500 speakers, and a precomputed analysis per article, so the
/// benchmark measures the store and not the text engine. Of every 100 articles about 5 are rewrites of a recent
/// article from another outlet (near duplicates), 1 is an exact copy under another id, and 1 is the same link with
/// tracking parameters and a small edit (a new version).
/// </summary>
internal sealed class CorpusGenerator(int seed)
{
    public const string Profile = "bench";

    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly Random _random = new(seed);
    private readonly string[] _words = Vocabulary(new Random(seed + 1), 30_000);
    private readonly string[] _speakers = Speakers(new Random(seed + 2), 500);
    private readonly List<Article> _recent = [];
    private int _next;

    /// <summary>
    /// Search terms for timing `/search`: a frequent, a middling and a rare word of the vocabulary, and a two-word
    /// query of middling words; the same every run.
    /// </summary>
    public IReadOnlyList<string> SearchTerms() =>
        [_words[0], _words[300], _words[6_000], $"{_words[150]} {_words[450]}"];

    /// <summary>The next <paramref name="count"/> articles, ready to save.</summary>
    public List<IngestedArticle> Next(int count)
    {
        var batch = new List<IngestedArticle>(count);
        for (var i = 0; i < count; i++)
            batch.Add(NextItem());
        return batch;
    }

    /// <summary>Articles that are not in the corpus: half rewrites of recent articles, half new; for probing lookups.</summary>
    public List<Article> Probes(int count) =>
        Enumerable.Range(0, count).Select(i => i % 2 == 0 && _recent.Count > 0 ? Rewrite(_recent[_random.Next(_recent.Count)], $"probe-{_next}-{i}") : Fresh($"probe-{_next}-{i}")).ToList();

    private IngestedArticle NextItem()
    {
        var n = _next++;
        var roll = _random.Next(100);
        var id = "bench-" + n.ToString(CultureInfo.InvariantCulture);
        var article = roll switch
        {
            < 5 when _recent.Count > 0 => Rewrite(_recent[_random.Next(_recent.Count)], id),
            5 when _recent.Count > 0 => _recent[_random.Next(_recent.Count)] with { Id = id, Url = new Uri($"https://copy{n % 7}.example/{id}") },
            6 when _recent.Count > 0 => Retracked(_recent[_random.Next(_recent.Count)]),
            _ => Fresh(id),
        };
        _recent.Add(article);
        if (_recent.Count > 2000)
            _recent.RemoveAt(0);
        var ingestedAt = Start.AddSeconds(n);
        return new IngestedArticle(article, article.Origin!, "input-" + n.ToString(CultureInfo.InvariantCulture), ingestedAt, [Analysis(article)]);
    }

    private Article Fresh(string id)
    {
        var sentences = Enumerable.Range(0, 20).Select(_ => Sentence()).ToList();
        var outlet = _random.Next(40);
        return new Article(id, Capitalise(Words(8)), string.Join(' ', sentences), new Uri($"https://outlet{outlet}.example/news/{id}"),
            Start.AddMinutes(_next), $"Outlet {outlet}", $"https://outlet{outlet}.example/rss");
    }

    private Article Rewrite(Article source, string id)
    {
        var sentences = source.Text.Split(". ").ToList();
        sentences.RemoveAt(_random.Next(sentences.Count));
        var words = string.Join(". ", sentences).Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            if (_random.Next(10) == 0)
                words[i] = Word();
        }

        var outlet = _random.Next(40);
        return new Article(id, Capitalise(Words(8)), Sentence() + " " + string.Join(' ', words), new Uri($"https://outlet{outlet}.example/world/{id}"),
            source.Published, $"Outlet {outlet}", $"https://outlet{outlet}.example/rss");
    }

    private static Article Retracked(Article source) =>
        source with { Id = source.Id + "-feed2", Url = new Uri(source.Url + "?utm_source=rss&utm_medium=feed"), Text = source.Text + " Updated with new details." };

    private ArticleAnalysis Analysis(Article article)
    {
        var relevant = _random.Next(10) < 3;
        var quotes = Enumerable.Range(0, _random.Next(4)).Select(_ =>
        {
            var text = Capitalise(Words(12)) + ".";
            var start = _random.Next(Math.Max(1, article.Text.Length - text.Length));
            return new Quote(_speakers[_random.Next(_speakers.Length)], _random.Next(2) == 0 ? "minister" : null, text, QuoteKind.Direct, start, start + text.Length);
        }).ToList();
        var sentences = article.Text.Split(". ", 3);
        return new ArticleAnalysis(
            new Relevance(Profile, relevant ? 4.5 : 0.5, relevant, [new TermMatch(Word(), 2.0, 10, 2), new TermMatch(Word(), 1.0, -1, 1)], relevant ? "matched 2 terms" : "below threshold"),
            sentences.Take(2).ToList(), Enumerable.Range(0, 5).Select(_ => Word()).ToList(), quotes);
    }

    private string Sentence() => Capitalise(Words(14 + _random.Next(9))) + ".";

    private string Words(int count) => string.Join(' ', Enumerable.Range(0, count).Select(_ => Word()));

    // Skewed toward the start of the vocabulary, as real word frequencies are.
    private string Word() => _words[(int)(Math.Pow(_random.NextDouble(), 2.5) * _words.Length)];

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static string[] Vocabulary(Random random, int size)
    {
        string[] syllables = ["ka", "lo", "mi", "ne", "ra", "tu", "sh", "ve", "po", "li", "an", "er", "ost", "wen", "dri", "mar", "sel", "tor", "bru", "gal"];
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (words.Count < size)
        {
            var builder = new StringBuilder();
            for (var i = 0; i < 2 + random.Next(3); i++)
                builder.Append(syllables[random.Next(syllables.Length)]);
            words.Add(builder.ToString());
        }

        return [.. words];
    }

    private static string[] Speakers(Random random, int count)
    {
        var words = Vocabulary(random, count * 2);
        return Enumerable.Range(0, count).Select(i => Capitalise(words[2 * i]) + " " + Capitalise(words[(2 * i) + 1])).ToArray();
    }
}

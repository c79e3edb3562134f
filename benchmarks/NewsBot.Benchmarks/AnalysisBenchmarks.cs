using BenchmarkDotNet.Attributes;
using NewsBot.Core.Analysis;
using NewsBot.Core.Articles;
using NewsBot.Core.Ingestion;
using NewsBot.Core.Keywords;
using NewsBot.Core.Quotes;

namespace NewsBot.Benchmarks;

/// <summary>
/// The whole analysis path (clean, split, score, summarise, keyphrases, quotes) over 200 generated articles on one thread.
/// MB/s = corpus size (reported once at start-up) / mean time.
/// </summary>
[MemoryDiagnoser]
public class AnalysisBenchmarks
{
    private IReadOnlyList<Article> _articles = [];
    private CompiledProfile _profile = null!;
    private TextAnalyzer _analyzer = null!;

    /// <summary>UTF-16 characters of article text (titles and bodies) analysed per operation.</summary>
    public static long CorpusCharacters(IReadOnlyList<Article> articles) => articles.Sum(a => (long)a.Title.Length + a.Text.Length);

    /// <summary>The whole path as ingestion runs it on feed and HTML text: the clean-up (NFC, invisible characters,
    /// spaces), then every analysis stage.</summary>
    public static ArticleAnalysis AnalyzeAsIngested(TextAnalyzer analyzer, Article article, CompiledProfile profile) =>
        analyzer.Analyze(article with { Text = TextNormaliser.Paragraphs(article.Text) }, profile);

    [GlobalSetup]
    public void Setup()
    {
        _articles = CorpusGenerator.Generate(200);
        _profile = new CompiledProfile(TopicProfileLoader.LoadFile(ProfilePath.Find()));
        _analyzer = new TextAnalyzer(new RuleQuoteExtractor());
    }

    [Benchmark]
    public int AnalyzeCorpus()
    {
        var relevant = 0;
        foreach (var article in _articles)
        {
            if (AnalyzeAsIngested(_analyzer, article, _profile).Relevance.IsRelevant)
                relevant++;
        }

        return relevant;
    }
}

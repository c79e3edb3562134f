using System.Diagnostics;
using System.Globalization;
using NewsBot.Core.Articles;
using NewsBot.Core.Ingestion;
using NewsBot.Core.Keywords;
using NewsBot.Core.Quotes;
using NewsBot.Core.Text;

namespace NewsBot.Benchmarks;

/// <summary>
/// A quick breakdown (not a BenchmarkDotNet run): the time each stage of the analysis path takes over the corpus,
/// to see where the time goes, in process CPU time. Run with <c>--parts</c>; names after it (<c>--parts analyzed
/// summary</c>) run only the stages whose name starts with one of them, for profiling one stage.
/// </summary>
/// <remarks>
/// Each stage first runs for <see cref="WarmUp"/> of CPU time, so tiered compilation has moved its hot methods to
/// optimised code before anything is measured (one warm-up pass left much of the first stages in tier-0 code). Then
/// it takes <see cref="Samples"/> samples of at least <see cref="SampleLength"/> each (the process CPU clock ticks
/// every 10 ms on Linux, so one pass is too short to time alone) and reports the median pass and the range.
/// </remarks>
public static class PartTimings
{
    private const int Samples = 7;
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan SampleLength = TimeSpan.FromMilliseconds(250);

    private static IReadOnlyList<string> _only = [];

    public static void Run(IReadOnlyList<string> only)
    {
        _only = only;
        var articles = CorpusGenerator.Generate(200);
        var profile = new CompiledProfile(TopicProfileLoader.LoadFile(ProfilePath.Find()));
        var quotes = new RuleQuoteExtractor();
        var analyzer = new NewsBot.Core.Analysis.TextAnalyzer(quotes);
        var megabytes = AnalysisBenchmarks.CorpusCharacters(articles) / 1_000_000.0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"stage",-12} {"median",8}     {"MB/s",8}   range of {Samples} samples after {WarmUp.TotalSeconds:0} s warm-up"));
        Time("clean", megabytes, articles, a => TextNormaliser.Paragraphs(a.Text).Length);
        Time("split", megabytes, articles, a => SentenceSplitter.Split(a.Text).Count);
        Time("tokenize", megabytes, articles, a => Tokenizer.Tokenize(a.Text).Count);
        Time("normalize", megabytes, articles, a => SpellingVariants.Normalize(a.Text).Length);
        Time("analyzed", megabytes, articles, a => AnalyzedText.Of(a.Text).Words.Count);
        Time("relevance", megabytes, articles, a => RelevanceScorer.Score(a, profile).Matches.Count);
        Time("summary", megabytes, articles, a => Summarizer.Summarize(a.Text, profile).Count);
        Time("keyphrases", megabytes, articles, a => KeyphraseExtractor.Extract(a.Title, a.Text, profile).Count);
        Time("quotes", megabytes, articles, a => quotes.Extract(a).Count);
        Time("whole path", megabytes, articles, a => AnalysisBenchmarks.AnalyzeAsIngested(analyzer, a, profile).Keyphrases.Count);
    }

    private static void Time(string name, double megabytes, IReadOnlyList<Article> articles, Func<Article, int> stage)
    {
        if (_only.Count > 0 && !_only.Any(o => name.StartsWith(o, StringComparison.OrdinalIgnoreCase)))
            return;
        Measure(articles, stage, WarmUp);
        var passes = new double[Samples];
        for (var s = 0; s < Samples; s++)
            passes[s] = Measure(articles, stage, SampleLength);
        Array.Sort(passes);
        var median = passes[Samples / 2];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-12} {median * 1000,8:0.0} ms  {megabytes / median,8:0.0} MB/s   {passes[0] * 1000:0.0}-{passes[^1] * 1000:0.0} ms"));
    }

    // Seconds of process CPU time per pass over the corpus, averaged over as many passes as fill at least `length`.
    // CPU time, not wall time: on a shared machine the wall clock measures the neighbours too.
    private static double Measure(IReadOnlyList<Article> articles, Func<Article, int> stage, TimeSpan length)
    {
        var process = Process.GetCurrentProcess();
        var cpuStart = process.TotalProcessorTime;
        var rounds = 0;
        TimeSpan elapsed;
        do
        {
            foreach (var article in articles)
                stage(article);
            rounds++;
            process.Refresh();
            elapsed = process.TotalProcessorTime - cpuStart;
        }
        while (elapsed < length);
        return elapsed.TotalSeconds / rounds;
    }
}

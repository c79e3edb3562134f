using System.Diagnostics;
using System.Globalization;
using NewsBot.Core.Articles;
using NewsBot.Core.Keywords;
using NewsBot.Core.Quotes;
using NewsBot.Core.Text;

namespace NewsBot.Benchmarks;

/// <summary>
/// A quick breakdown (not a BenchmarkDotNet run): the time each stage of the analysis path takes over the corpus,
/// to see where the time goes, in process CPU time. Run with <c>--parts</c>.
/// </summary>
public static class PartTimings
{
    public static void Run()
    {
        var articles = CorpusGenerator.Generate(200);
        var profile = new CompiledProfile(TopicProfileLoader.LoadFile(ProfilePath.Find()));
        var quotes = new RuleQuoteExtractor();
        var megabytes = AnalysisBenchmarks.CorpusCharacters(articles) / 1_000_000.0;
        Time("split", megabytes, articles, a => SentenceSplitter.Split(a.Text).Count);
        Time("tokenize", megabytes, articles, a => Tokenizer.Tokenize(a.Text).Count);
        Time("tok+stem", megabytes, articles, a => Tokenizer.Tokenize(a.Text).Count(t => Stemmer.Stem(t.Value).Length > 3));
        Time("normalize", megabytes, articles, a => SpellingVariants.Normalize(a.Text).Length);
        Time("relevance", megabytes, articles, a => RelevanceScorer.Score(a, profile).Matches.Count);
        Time("summary", megabytes, articles, a => Summarizer.Summarize(a.Text, profile).Count);
        Time("keyphrases", megabytes, articles, a => KeyphraseExtractor.Extract(a.Title, a.Text, profile).Count);
        var analyzer = new NewsBot.Core.Analysis.TextAnalyzer(quotes);
        Time("analyzed", megabytes, articles, a => AnalyzedText.Of(a.Text).Words.Count);
        Time("whole path", megabytes, articles, a => analyzer.Analyze(a, profile).Keyphrases.Count);
        Time("quotes", megabytes, articles, a => quotes.Extract(a).Count);
    }

    private static void Time(string name, double megabytes, IReadOnlyList<Article> articles, Func<Article, int> stage)
    {
        foreach (var article in articles)
            stage(article);
        // CPU time, not wall time: on a shared machine the wall clock measures the neighbours too.
        var process = Process.GetCurrentProcess();
        var cpuStart = process.TotalProcessorTime;
        var rounds = 0;
        while ((process.TotalProcessorTime - cpuStart).TotalMilliseconds < 1000 || rounds < 3)
        {
            foreach (var article in articles)
                stage(article);
            rounds++;
            process.Refresh();
        }

        var seconds = (process.TotalProcessorTime - cpuStart).TotalSeconds / rounds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-12} {seconds * 1000,8:0.0} ms  {megabytes / seconds,8:0.0} MB/s"));
    }
}

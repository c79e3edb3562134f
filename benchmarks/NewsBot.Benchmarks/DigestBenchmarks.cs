using BenchmarkDotNet.Attributes;
using NewsBot.Core.Analysis;
using NewsBot.Core.Chat;
using NewsBot.Core.Digests;
using NewsBot.Core.Keywords;
using NewsBot.Core.Quotes;
using NewsBot.Core.Storage;

namespace NewsBot.Benchmarks;

/// <summary>Builds and renders (plain text) the digest of 1,000 analysed articles: grouping, ordering, quotes, speakers, themes.</summary>
[MemoryDiagnoser]
public class DigestBenchmarks
{
    private DigestBuilder _builder = null!;
    private DigestPeriod _period = null!;

    [GlobalSetup]
    public void Setup()
    {
        var profile = new CompiledProfile(TopicProfileLoader.LoadFile(ProfilePath.Find()));
        var analyzer = new TextAnalyzer(new RuleQuoteExtractor());
        var articles = CorpusGenerator.Generate(1000, words: 300)
            .Select((a, i) => new StoredArticle(i + 1, a, a.Published!.Value, analyzer.Analyze(a, profile)) { StoryKey = i + 1 })
            .ToList();
        var catalog = new ProfileCatalog(new Dictionary<string, CompiledProfile> { [profile.Profile.Name] = profile }, profile.Profile.Name);
        _builder = new DigestBuilder(new InMemoryNewsStore(articles), catalog);
        _period = new DigestPeriod(articles.Min(a => a.IngestedAt), articles.Max(a => a.IngestedAt).AddMinutes(1));
    }

    [Benchmark]
    public async Task<int> BuildDigestOf1000()
    {
        var answer = await _builder.BuildAsync(_period, null, CancellationToken.None);
        return PlainTextRenderer.Render(answer).Length;
    }
}

using System.Globalization;
using BenchmarkDotNet.Running;
using NewsBot.Benchmarks;

// The analysis corpus size, so MB/s can be read off the mean time: MB/s = size / mean seconds.
var characters = AnalysisBenchmarks.CorpusCharacters(CorpusGenerator.Generate(200));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Analysis corpus: 200 articles, {characters:N0} characters ({characters / 1_000_000.0:0.00} MB as UTF-16 code units)"));
if (args.Contains("--parts"))
{
    PartTimings.Run(args.SkipWhile(a => a != "--parts").Skip(1).TakeWhile(a => !a.StartsWith('-')).ToList());
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(AnalysisBenchmarks).Assembly).Run(args);

using Lingua;

namespace NewsBot.Core.Ingestion;

/// <summary>
/// Detects an article's language with Lingua among the languages a European newsroom meets (English, French,
/// German, Ukrainian, Russian, Spanish, Italian, Polish). The detector is built once per instance and its models
/// are large: register one instance for the process. Low-accuracy mode (trigram models only) keeps memory down;
/// it is reliable on article-length text, which is all it is asked about. Thread-safe.
/// </summary>
public sealed class LanguageIdentifier
{
    private const int SampleLength = 1200;

    private readonly LanguageDetector _detector = LanguageDetectorBuilder
        .FromLanguages(Language.English, Language.French, Language.German, Language.Ukrainian,
            Language.Russian, Language.Spanish, Language.Italian, Language.Polish)
        .WithLowAccuracyMode()
        .Build();

    /// <summary>The ISO 639-1 code ("en", "fr"...) of the text's language, or null when it cannot tell.</summary>
    public string? Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sample = text.Length <= SampleLength ? text : text[..SampleLength];
        if (sample.Count(char.IsLetter) < 20)
            return null;
        var language = _detector.DetectLanguageOf(sample);
        return language == Language.Unknown ? null : language.IsoCode6391().ToString().ToLowerInvariant();
    }
}

namespace NewsBot.Core.Quotes;

/// <summary>How a cue names its speaker.</summary>
internal enum CueForm
{
    /// <summary>Speaker before the verb: "Healey said".</summary>
    Normal,

    /// <summary>Speaker after the verb: "..., said Finnish defence minister Antti Häkkänen".</summary>
    Inverted,

    /// <summary>An -ing verb borrowing its sentence's subject: "..., adding that ...".</summary>
    Participle,

    /// <summary>"according to X".</summary>
    According,

    /// <summary>"The Financial Times quoted a western official as saying": the official speaks.</summary>
    QuotedAs,

    /// <summary>A name and a colon before a quote: "Healey: "...".</summary>
    Colon,
}

/// <summary>The words naming a speaker, with a role given in apposition ("X, the French defence minister, said").</summary>
internal sealed record SpeakerPhrase(int Start, int End, string Text, string? Role);

/// <summary>A speech cue in a sentence: the verb's piece index, the verb, and the speaker phrase it found.</summary>
internal sealed record Cue(int Verb, string VerbText, SpeakerPhrase? Speaker, CueForm Form);

namespace NewsBot.Core.Quotes;

/// <summary>What kind of speaker a quote has.</summary>
public enum SpeakerKind
{
    /// <summary>A named person.</summary>
    Person,

    /// <summary>An organisation, a government or a place standing for one ("the Kremlin", "Downing Street").</summary>
    Institution,

    /// <summary>An unnamed source kept as written ("a western official").</summary>
    Unnamed,
}

namespace NewsBot.Core.Storage;

/// <summary>What a save did.</summary>
public enum SaveOutcome
{
    /// <summary>A new article was stored.</summary>
    Inserted,

    /// <summary>A new version of an article already stored (same origin, new content) replaced it.</summary>
    Updated,

    /// <summary>The article was already stored; nothing changed but the processed marker.</summary>
    Duplicate,
}

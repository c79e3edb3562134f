namespace NewsBot.Core.Storage;

/// <summary>Speaker identities across all articles; grows as articles arrive, seeded by topic profiles.</summary>
public interface ISpeakerDirectory
{
    /// <summary>Every known identity.</summary>
    Task<IReadOnlyList<SpeakerIdentity>> ListIdentitiesAsync(CancellationToken cancellationToken);

    /// <summary>Adds an identity or merges new roles and aliases into the existing one (keyed by canonical name).</summary>
    Task UpsertIdentityAsync(SpeakerIdentity identity, CancellationToken cancellationToken);
}

namespace NewsBot.Tests.Support;

/// <summary>Test classes in this collection share one PostgreSQL server (each takes its own database).</summary>
[CollectionDefinition(Name)]
public sealed class PostgresGroup : ICollectionFixture<PostgresServer>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "postgres";
}

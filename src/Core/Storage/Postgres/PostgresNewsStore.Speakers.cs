namespace NewsBot.Core.Storage.Postgres;

/// <summary>Speaker identities: the row is locked while merging, so concurrent upserts never lose an alias.</summary>
public sealed partial class PostgresNewsStore
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<SpeakerIdentity>> ListIdentitiesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = Command(connection, null, "SELECT canonical, kind, roles, aliases FROM speaker_identities ORDER BY canonical COLLATE \"C\"");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var list = new List<SpeakerIdentity>();
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(new SpeakerIdentity(reader.GetString(0), reader.GetString(1))
            {
                Roles = reader.GetFieldValue<string[]>(2),
                Aliases = reader.GetFieldValue<string[]>(3),
            });
        }

        return list;
    }

    /// <inheritdoc />
    public async Task UpsertIdentityAsync(SpeakerIdentity identity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identity);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // Make sure the row exists, then lock it: the read-merge-write below cannot interleave with another instance's.
        var created = await ExecuteAsync(connection, transaction,
            "INSERT INTO speaker_identities(canonical, kind, roles, aliases, names_key) VALUES (@c, @k, '{}', '{}', '') ON CONFLICT DO NOTHING",
            cancellationToken, ("c", identity.Canonical), ("k", identity.Kind)) == 1;
        SpeakerIdentity? existing = null;
        await using (var command = Command(connection, transaction, "SELECT kind, roles, aliases FROM speaker_identities WHERE canonical = @c FOR UPDATE", ("c", identity.Canonical)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            if (await reader.ReadAsync(cancellationToken) && !created)
            {
                existing = new SpeakerIdentity(identity.Canonical, reader.GetString(0))
                {
                    Roles = reader.GetFieldValue<string[]>(1),
                    Aliases = reader.GetFieldValue<string[]>(2),
                };
            }
        }

        var merged = SpeakerNames.Merge(existing, identity);
        await ExecuteAsync(connection, transaction,
            "UPDATE speaker_identities SET kind = @k, roles = @r, aliases = @a, names_key = @n WHERE canonical = @c", cancellationToken,
            ("c", merged.Canonical), ("k", merged.Kind), ("r", merged.Roles.ToArray()), ("a", merged.Aliases.ToArray()), ("n", SpeakerNames.NamesKey(merged)));
        await transaction.CommitAsync(cancellationToken);
    }
}

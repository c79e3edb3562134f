using System.Text.Json;

namespace NewsBot.Core.Storage.Sqlite;

/// <summary>Speaker identities: merged in one write transaction, so concurrent upserts never lose an alias.</summary>
public sealed partial class SqliteNewsStore
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<SpeakerIdentity>> ListIdentitiesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, "SELECT canonical, kind, roles, aliases FROM speaker_identities ORDER BY canonical");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var list = new List<SpeakerIdentity>();
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(new SpeakerIdentity(reader.GetString(0), reader.GetString(1))
            {
                Roles = JsonSerializer.Deserialize<string[]>(reader.GetString(2)) ?? [],
                Aliases = JsonSerializer.Deserialize<string[]>(reader.GetString(3)) ?? [],
            });
        }

        return list;
    }

    /// <inheritdoc />
    public Task UpsertIdentityAsync(SpeakerIdentity identity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identity);
        return WriteAsync(async (connection, transaction) =>
        {
            SpeakerIdentity? existing = null;
            await using (var command = Command(connection, transaction, "SELECT kind, roles, aliases FROM speaker_identities WHERE canonical = $c", ("$c", identity.Canonical)))
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                if (await reader.ReadAsync(cancellationToken))
                {
                    existing = new SpeakerIdentity(identity.Canonical, reader.GetString(0))
                    {
                        Roles = JsonSerializer.Deserialize<string[]>(reader.GetString(1)) ?? [],
                        Aliases = JsonSerializer.Deserialize<string[]>(reader.GetString(2)) ?? [],
                    };
                }
            }

            var merged = SpeakerNames.Merge(existing, identity);
            return await ExecuteAsync(connection, transaction,
                """
                INSERT INTO speaker_identities(canonical, kind, roles, aliases, names_key) VALUES ($c, $k, $r, $a, $n)
                ON CONFLICT(canonical) DO UPDATE SET kind = excluded.kind, roles = excluded.roles, aliases = excluded.aliases, names_key = excluded.names_key
                """, cancellationToken,
                ("$c", merged.Canonical), ("$k", merged.Kind), ("$r", JsonSerializer.Serialize(merged.Roles)),
                ("$a", JsonSerializer.Serialize(merged.Aliases)), ("$n", SpeakerNames.NamesKey(merged)));
        }, cancellationToken);
    }
}

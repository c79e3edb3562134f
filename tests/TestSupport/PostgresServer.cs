using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace NewsBot.Tests.Support;

/// <summary>
/// A real PostgreSQL server for tests. CI starts one (.ci/start-postgres.sh) and passes it in NEWSBOT_TEST_POSTGRES;
/// on a developer machine without that variable, this fixture starts its own from the installed binaries in a
/// temporary folder, as the postgres user when running as root. Each caller gets its own fresh database.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private string? _folder;
    private string? _binaries;
    private int _counter;

    /// <summary>The connection string of the server's maintenance database.</summary>
    public string AdminConnectionString { get; private set; } = "";

    /// <summary>Starts (or finds) the server.</summary>
    public async Task InitializeAsync()
    {
        var configured = Environment.GetEnvironmentVariable("NEWSBOT_TEST_POSTGRES");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            AdminConnectionString = configured;
            return;
        }

        _binaries = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).Order(StringComparer.Ordinal).LastOrDefault()
            : null;
        if (_binaries is null)
            throw new InvalidOperationException("No PostgreSQL server for the tests: set NEWSBOT_TEST_POSTGRES or install Debian's postgresql package.");
        _folder = Directory.CreateTempSubdirectory("newsbot-pg-").FullName;
        var port = FreePort();
        if (IsRoot())
            await RunAsync("chown", $"postgres {_folder}");
        await RunPostgresAsync("initdb", $"-D {_folder}/data -U newsbot --auth=trust -E UTF8");
        await RunPostgresAsync("pg_ctl", $"-D {_folder}/data -l {_folder}/log -w -o \"-c listen_addresses=127.0.0.1 -p {port} -k {_folder} -c max_connections=200 -c fsync=off\" start");
        AdminConnectionString = string.Create(CultureInfo.InvariantCulture, $"Host=127.0.0.1;Port={port};Username=newsbot;Database=postgres");
    }

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"t_{Environment.ProcessId}_{Interlocked.Increment(ref _counter)}_{Guid.NewGuid():N}")[..40];
        await using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name, Pooling = true }.ConnectionString;
    }

    /// <summary>Stops a server this fixture started.</summary>
    public async Task DisposeAsync()
    {
        if (_folder is null)
            return;
        NpgsqlConnection.ClearAllPools();
        await RunPostgresAsync("pg_ctl", $"-D {_folder}/data -m fast -w stop");
        Directory.Delete(_folder, recursive: true);
    }

    private Task RunPostgresAsync(string tool, string arguments) =>
        IsRoot()
            ? RunAsync("runuser", $"-u postgres -- {_binaries}/{tool} {arguments}")
            : RunAsync($"{_binaries}/{tool}", arguments);

    private static async Task RunAsync(string file, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })
            ?? throw new InvalidOperationException($"Could not start {file}");
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {arguments} failed ({process.ExitCode}): {await error}");
    }

    private static bool IsRoot() => string.Equals(Environment.UserName, "root", StringComparison.Ordinal);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

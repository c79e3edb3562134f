using System.Text.Json;

namespace NewsBot.Core.Keywords;

/// <summary>Reads topic profiles from JSON files, failing with the file's name and the reason.</summary>
public static class TopicProfileLoader
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Every <c>*.json</c> profile in <paramref name="folder"/>, keyed by name.</summary>
    public static IReadOnlyDictionary<string, CompiledProfile> LoadFolder(string folder)
    {
        if (!Directory.Exists(folder))
            throw new InvalidDataException($"Topic profile folder '{folder}' does not exist.");
        var profiles = new Dictionary<string, CompiledProfile>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var profile = LoadFile(file);
            profiles[profile.Name] = new CompiledProfile(profile);
        }

        return profiles;
    }

    /// <summary>One profile file, validated.</summary>
    public static TopicProfile LoadFile(string path)
    {
        TopicProfile? profile;
        try
        {
            profile = JsonSerializer.Deserialize<TopicProfile>(File.ReadAllText(path), Json);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"Topic profile '{path}' is not valid JSON: {e.Message}", e);
        }

        if (profile is null || string.IsNullOrWhiteSpace(profile.Name))
            throw new InvalidDataException($"Topic profile '{path}' has no name.");
        if (profile.Terms.Count == 0)
            throw new InvalidDataException($"Topic profile '{path}' has no terms.");
        if (profile.Threshold <= 0)
            throw new InvalidDataException($"Topic profile '{path}': threshold must be positive.");
        if (profile.Entities.FirstOrDefault(e => e.Gender is not (null or "male" or "female")) is { } wrong)
            throw new InvalidDataException($"Topic profile '{path}': entities '{wrong.Name}' gender must be \"male\" or \"female\", not '{wrong.Gender}'.");
        return profile;
    }
}

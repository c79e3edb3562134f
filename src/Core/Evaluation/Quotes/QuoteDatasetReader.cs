using System.Text.Json;

namespace NewsBot.Core.Evaluation.Quotes;

/// <summary>
/// Reads annotated quote sets in PolNeAR's JSON Lines format (<c>{id, text, quotes: [{speaker, start, end, type,
/// content_spans, speaker_kind, speaker_coref_corenlp}]}</c>), and the offsets-only format
/// (<c>{file, quotes}</c>) whose text is read from <c>feedsFolder/file</c> at run time.
/// </summary>
public static class QuoteDatasetReader
{
    /// <summary>The articles of the file at <paramref name="path"/>.</summary>
    public static IReadOnlyList<GoldArticle> Read(string path, string? feedsFolder)
    {
        ArgumentNullException.ThrowIfNull(path);
        var articles = new List<GoldArticle>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Trim().Length == 0)
                continue;
            using var json = JsonDocument.Parse(line);
            articles.Add(ReadArticle(json.RootElement, feedsFolder, path));
        }

        return articles;
    }

    private static GoldArticle ReadArticle(JsonElement root, string? feedsFolder, string path)
    {
        string text, id, split;
        if (root.TryGetProperty("text", out var t))
        {
            text = t.GetString() ?? "";
            id = root.GetProperty("id").GetString() ?? "";
            split = root.TryGetProperty("split", out var s) ? s.GetString() ?? "" : "";
        }
        else
        {
            var file = root.GetProperty("file").GetString() ?? throw new InvalidDataException($"{path}: a record has neither text nor file.");
            var folder = feedsFolder ?? throw new InvalidDataException($"{path}: records name files; give the folder that holds them (--feeds).");
            text = File.ReadAllText(Path.Combine(folder, file));
            id = file;
            split = "real";
        }

        var raw = root.GetProperty("quotes").EnumerateArray().ToList();
        var quotes = new List<GoldQuote>();
        var mixedAsClause = false;
        for (var i = 0; i < raw.Count; i++)
        {
            var q = raw[i];
            var type = q.GetProperty("type").GetString();
            var start = q.GetProperty("start").GetInt32();
            var end = q.GetProperty("end").GetInt32();
            if (type == "mixed" && text.AsSpan(start, end - start).IndexOfAny("\"“”") >= 0)
                mixedAsClause = true;
            var spans = q.TryGetProperty("content_spans", out var cs)
                ? cs.EnumerateArray().Select(a => (a[0].GetInt32(), a[1].GetInt32())).ToList()
                : [(start, end)];
            var speaker = String(q, "speaker");
            quotes.Add(new GoldQuote(spans, type != "indirect", speaker, Accepted(q, speaker, raw)));
        }

        return new GoldArticle(id, split, text, quotes, mixedAsClause);
    }

    // A pronoun or a bare description ("he", "the host") names its person through the corpus's coreference and the
    // nearest earlier annotated speaker with a name; a name stands for itself.
    private static List<string> Accepted(JsonElement q, string? speaker, List<JsonElement> all)
    {
        var accepted = new List<string>();
        if (speaker is null)
            return accepted;
        accepted.Add(speaker);
        var kind = String(q, "speaker_kind");
        var first = speaker.Split(' ')[0].ToLowerInvariant();
        var indirectReference = q.TryGetProperty("speaker_coref_corenlp", out _) && (kind is "personal_pronoun" or "pronoun_or_quantifier" || first is "the" or "a" or "an" or "his" or "her" or "its" or "their");
        if (!indirectReference)
            return accepted;
        if (q.TryGetProperty("speaker_coref_corenlp", out var coref) && coref.ValueKind == JsonValueKind.Object)
        {
            AddIf(accepted, String(coref, "representative"));
            AddIf(accepted, String(coref, "nearest_preceding_proper"));
        }

        var at = q.TryGetProperty("speaker_start", out var ss) && ss.ValueKind == JsonValueKind.Number ? ss.GetInt32() : q.GetProperty("start").GetInt32();
        var previous = all
            .Where(o => String(o, "speaker_kind") == "nominal" && o.TryGetProperty("speaker_start", out var s) && s.ValueKind == JsonValueKind.Number && s.GetInt32() < at)
            .Where(o => String(o, "speaker") is { } name && char.IsUpper(name[0]) && name.Split(' ')[0] is not ("The" or "A" or "An"))
            .OrderByDescending(o => o.GetProperty("speaker_start").GetInt32())
            .FirstOrDefault();
        if (previous.ValueKind == JsonValueKind.Object)
            AddIf(accepted, String(previous, "speaker"));
        return accepted;
    }

    private static void AddIf(List<string> list, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value) && !list.Contains(value))
            list.Add(value);
    }

    private static string? String(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}

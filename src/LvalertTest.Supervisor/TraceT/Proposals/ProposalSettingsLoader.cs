using System.IO.Abstractions;
using System.Text.Json.Nodes;

namespace LvalertTest.Supervisor.TraceT.Proposals;

/// <summary>
/// Proposal settings from TraceT's Django fixture files: a YAML list of <c>{model, pk, fields}</c> whose
/// <c>trigger_app.proposalsettings</c> entries are proposals (project passwords and other models are not read).
/// A directory contributes every such file in it; files of other shapes there (telescope answers) are skipped.
/// Proposals run in priority order, then in the order they were read.
/// </summary>
public sealed class ProposalSettingsLoader(IFileSystem? fileSystem = null)
{
    private const string ProposalModel = "trigger_app.proposalsettings";
    private readonly IFileSystem _fs = fileSystem ?? new FileSystem();

    public IReadOnlyList<ProposalSettings> Load(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var read = new List<(string File, ProposalSettings Proposal)>();
        foreach (string path in paths)
        {
            if (_fs.Directory.Exists(path))
            {
                foreach (string file in _fs.Directory.EnumerateFiles(path).Where(IsYaml).Order(StringComparer.Ordinal))
                {
                    read.AddRange(FromFile(file, explicitlyNamed: false).Select(p => (file, p)));
                }
            }
            else if (_fs.File.Exists(path))
            {
                read.AddRange(FromFile(path, explicitlyNamed: true).Select(p => (path, p)));
            }
            else
            {
                throw new ProposalFormatException($"{path}: no such proposal settings file or directory");
            }
        }

        if (read.Count == 0)
        {
            throw new ProposalFormatException($"no proposal settings found in {string.Join(", ", paths)}");
        }

        // Fixtures of separate tests reuse ids ("TEST"): the file name tells such proposals apart.
        var shared = read.GroupBy(r => r.Proposal.ProposalId, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var keyed = read.Select(r => shared.Contains(r.Proposal.ProposalId) ? r.Proposal with { Key = $"{r.Proposal.ProposalId}@{_fs.Path.GetFileNameWithoutExtension(r.File)}" } : r.Proposal).ToList();
        string? duplicate = keyed.GroupBy(p => p.Key, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1)?.Key;
        return duplicate is null
            ? keyed.Select((p, i) => (p, i)).OrderBy(x => x.p.Priority).ThenBy(x => x.i).Select(x => x.p).ToList()
            : throw new ProposalFormatException($"proposal '{duplicate}' is defined twice in one file");
    }

    private static bool IsYaml(string file) => file.EndsWith(".yaml", StringComparison.Ordinal) || file.EndsWith(".yml", StringComparison.Ordinal);

    private IEnumerable<ProposalSettings> FromFile(string file, bool explicitlyNamed)
    {
        JsonNode? document = YamlJson.Load(_fs.File.ReadAllText(file), file, m => new ProposalFormatException(m));
        if (document is not JsonArray entries)
        {
            return explicitlyNamed ? throw new ProposalFormatException($"{file}: not a list of fixture entries (model, pk, fields)") : [];
        }

        var proposals = new List<ProposalSettings>();
        foreach (JsonNode? entry in entries)
        {
            if (entry is not JsonObject e || e["model"] is not JsonValue model)
            {
                throw new ProposalFormatException($"{file}: every entry needs a model");
            }

            if (string.Equals(model.ToString(), ProposalModel, StringComparison.OrdinalIgnoreCase))
            {
                string where = $"{file}: proposalsettings pk {e["pk"]?.ToString() ?? "?"}";
                proposals.Add(ProposalFields.Read(e["fields"] as JsonObject ?? throw new ProposalFormatException($"{where} has no fields"), where));
            }
        }

        return explicitlyNamed && proposals.Count == 0 ? throw new ProposalFormatException($"{file}: no {ProposalModel} entry") : proposals;
    }
}

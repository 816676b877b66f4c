using System.Security.Cryptography;
using System.Text;
using LvalertTest.Reports.Timeline;

namespace LvalertTest.Reports.Digest;

/// <summary>
/// SHA-256 over the canonical lines of a run (time, subject, kind, detail, tab-separated, newline-ended),
/// fed as the run goes so nothing has to be kept in memory. Equal seeds give equal digests.
/// </summary>
public sealed class RunDigest : IDisposable
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public long Lines { get; private set; }

    public void Add(TimelineRow row)
    {
        string line = string.Join('\t', TimelineCsvWriter.FormatTime(row.Time), row.Subject, row.Kind, Escape(row.Detail)) + "\n";
        _hash.AppendData(Encoding.UTF8.GetBytes(line));
        Lines++;
    }

    /// <summary>The lower-case hex digest of everything added so far.</summary>
    public string Current() => Convert.ToHexStringLower(_hash.GetCurrentHash());

    public void Dispose() => _hash.Dispose();

    // Tabs and newlines inside a detail would make two different rows read as the same line.
    private static string Escape(string text) => text.Replace("\\", "\\\\").Replace("\t", "\\t").Replace("\n", "\\n");
}

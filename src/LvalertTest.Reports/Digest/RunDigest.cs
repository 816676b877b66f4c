using System.Buffers;
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
    private static readonly SearchValues<char> NeedEscaping = SearchValues.Create("\\\t\n");
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    // One line's UTF-8 bytes, reused: a soak adds millions of lines (every alert's JSON among them).
    private byte[] _line = new byte[4096];

    public long Lines { get; private set; }

    public void Add(TimelineRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        string detail = row.Detail.AsSpan().ContainsAny(NeedEscaping) ? Escape(row.Detail) : row.Detail;
        int length = 0;
        foreach (string part in (ReadOnlySpan<string>)[TimelineCsvWriter.FormatTime(row.Time), "\t", row.Subject, "\t", row.Kind, "\t", detail, "\n"])
        {
            int most = Encoding.UTF8.GetMaxByteCount(part.Length);
            if (length + most > _line.Length)
            {
                Array.Resize(ref _line, Math.Max(_line.Length * 2, length + most));
            }

            length += Encoding.UTF8.GetBytes(part, _line.AsSpan(length));
        }

        _hash.AppendData(_line.AsSpan(0, length));
        Lines++;
    }

    /// <summary>The lower-case hex digest of everything added so far.</summary>
    public string Current() => Convert.ToHexStringLower(_hash.GetCurrentHash());

    public void Dispose() => _hash.Dispose();

    // Tabs and newlines inside a detail would make two different rows read as the same line.
    private static string Escape(string text) => text.Replace("\\", "\\\\").Replace("\t", "\\t").Replace("\n", "\\n");
}

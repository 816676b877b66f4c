using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LvalertTest.Core.GraceDb;

namespace LvalertTest.FakeGraceDb.Store;

/// <summary>
/// Append-only JSON-lines files. A write is one line ending in '\n'; a last line without its '\n' is a write that a
/// crash cut short: readers skip it with a warning and the next append cuts it off before writing.
/// </summary>
internal static class JsonLines
{
    public static List<JsonObject> Read(IStoreFiles files, string path, Action<string> warn)
    {
        var records = new List<JsonObject>();
        if (!files.FileExists(path))
        {
            return records;
        }

        string text;
        using (Stream stream = files.Open(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 4096))
        using (var reader = new StreamReader(stream, Encoding.UTF8))
        {
            text = reader.ReadToEnd();
        }
        int start = 0;
        int lineNumber = 0;
        while (start < text.Length)
        {
            lineNumber++;
            int end = text.IndexOf('\n', start);
            if (end < 0)
            {
                warn($"{path}: line {lineNumber} is incomplete (a write interrupted by a crash); skipped");
                break;
            }

            string line = text[start..end];
            start = end + 1;
            if (line.Length == 0)
            {
                continue;
            }

            try
            {
                records.Add(JsonNode.Parse(line) as JsonObject
                    ?? throw new JsonException("not a JSON object"));
            }
            catch (JsonException e)
            {
                throw new GraceDbStoreException($"{path}: line {lineNumber} is corrupt ({e.Message})", e);
            }
        }

        return records;
    }

    /// <summary>Appends one record as a line (for the rarely written files); first cuts off a torn last line left by a crash.</summary>
    public static void Append(IStoreFiles files, string path, JsonObject record)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(record.ToJsonString() + "\n");
        // Unbuffered: the tail check reads one byte, not a buffer's worth.
        using Stream stream = files.Open(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, bufferSize: 0);
        CutTornTail(stream);
        stream.Seek(0, SeekOrigin.End);
        stream.Write(bytes, 0, bytes.Length);
    }

    /// <summary>Cuts off a last line without its '\n' (a write interrupted by a crash).</summary>
    public static void CutTornTail(Stream stream)
    {
        long length = stream.Length;
        if (length == 0)
        {
            return;
        }

        stream.Seek(length - 1, SeekOrigin.Begin);
        if (stream.ReadByte() == '\n')
        {
            return;
        }

        // Walk back to the last complete line; everything after it is the interrupted write.
        const int Chunk = 4096;
        var buffer = new byte[Chunk];
        long position = length;
        while (position > 0)
        {
            int size = (int)Math.Min(Chunk, position);
            position -= size;
            stream.Seek(position, SeekOrigin.Begin);
            stream.ReadExactly(buffer, 0, size);
            int lastNewline = Array.LastIndexOf(buffer, (byte)'\n', size - 1);
            if (lastNewline >= 0)
            {
                stream.SetLength(position + lastNewline + 1);
                return;
            }
        }

        stream.SetLength(0);
    }
}

using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace LvalertTest.Supervisor.Notify;

/// <summary>
/// Appends each e-mail as one JSON line (emails.jsonl): <c>{"time":…,"to":[…],"subject":…,"body":…}</c>, in that
/// order, time in ISO 8601 ("O"), each line ending in '\n' and flushed at once so a crash loses no sent e-mail.
/// </summary>
public sealed class JsonLinesOutbox : INotifier, IDisposable
{
    // Relaxed escaping keeps '+' in "+00:00" and non-ASCII text readable; the file is never embedded in HTML.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly TextWriter _writer;
    private readonly bool _ownsWriter;
    private readonly Lock _gate = new();

    /// <summary>Writes to <paramref name="writer"/>, which the caller keeps and disposes.</summary>
    public JsonLinesOutbox(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        _writer = writer;
    }

    /// <summary>Appends to the file at <paramref name="path"/> (created if missing) as UTF-8 without a byte-order mark.</summary>
    public JsonLinesOutbox(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        _writer = new StreamWriter(path, append: true, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        _ownsWriter = true;
    }

    public void Send(Email email)
    {
        ArgumentNullException.ThrowIfNull(email);
        string line = Format(email);
        lock (_gate)
        {
            _writer.Write(line);
            _writer.Flush();
        }
    }

    /// <summary>The line written for <paramref name="email"/>, '\n' included.</summary>
    public static string Format(Email email)
    {
        ArgumentNullException.ThrowIfNull(email);
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("time", email.Time.ToString("O", CultureInfo.InvariantCulture));
            json.WriteStartArray("to");
            foreach (string to in email.To)
            {
                json.WriteStringValue(to);
            }

            json.WriteEndArray();
            json.WriteString("subject", email.Subject);
            json.WriteString("body", email.Body);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    public void Dispose()
    {
        if (_ownsWriter)
        {
            _writer.Dispose();
        }
    }
}

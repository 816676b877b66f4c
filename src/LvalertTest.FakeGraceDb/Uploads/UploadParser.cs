using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;
using System.Xml.Linq;
using LvalertTest.Core.Events;

namespace LvalertTest.FakeGraceDb.Uploads;

/// <summary>
/// Reads a pipeline upload as the real server does, by pipeline: LIGO_LW coinc tables for CBC pipelines, the cWB
/// text trigger file, oLIB's JSON, GCN VOEvents for external triggers. A file it cannot read still makes an event;
/// the reason goes to the event's log ("Could not read data (...)"), as on the server.
/// </summary>
internal static class UploadParser
{
    // HardwareInjection uploads are read as a coinc table too: its end time is the injection's gpstime, which the
    // approval processor's injection check searches for.
    private static readonly string[] CbcPipelines = ["gstlal", "gstlal-spiir", "spiir", "pycbc", "MBTAOnline", "MBTA", "HardwareInjection"];
    private static readonly string[] BurstLibPipelines = ["LIB", "oLIB"];
    private static readonly string[] ExternalPipelines = ["Fermi", "Swift", "INTEGRAL", "AGILE", "SNEWS"];

    public static UploadAttributes Parse(string pipeline, byte[] contents)
    {
        try
        {
            string text = Encoding.UTF8.GetString(contents);
            if (CbcPipelines.Contains(pipeline, StringComparer.Ordinal))
            {
                return LigoLwCoinc.Parse(text);
            }

            if (pipeline is "CWB" or "CWB2G")
            {
                return CwbTrigger.Parse(text);
            }

            if (BurstLibPipelines.Contains(pipeline, StringComparer.Ordinal))
            {
                return OlibJson.Parse(text);
            }

            if (ExternalPipelines.Contains(pipeline, StringComparer.Ordinal))
            {
                return GcnVoEvent.Parse(text);
            }

            return Unread($"no reader for pipeline {pipeline}");
        }
        catch (Exception e) when (e is FormatException or XmlException or JsonException or InvalidOperationException or KeyNotFoundException)
        {
            return Unread(e.Message);
        }
    }

    private static UploadAttributes Unread(string reason) =>
        new(null, null, string.Empty, null, null, [], [new ServerLog($"Could not read data ({reason})")]);

    internal static double Number(string text, string field) =>
        double.TryParse(text.Trim().Trim('"'), NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
            ? value
            : throw new FormatException($"{field}: '{text}' is not a number");

    internal static string Gps(double gps) => gps.ToString("0.######", CultureInfo.InvariantCulture);

    /// <summary>The coinc_inspiral table of a LIGO_LW document.</summary>
    private static class LigoLwCoinc
    {
        public static UploadAttributes Parse(string xml)
        {
            XDocument document = XDocument.Parse(xml);
            XElement table = document.Descendants().FirstOrDefault(e => e.Name.LocalName == "Table" && TableName(e) == "coinc_inspiral")
                ?? throw new FormatException("no coinc_inspiral table");
            Dictionary<string, string> row = FirstRow(table);
            double endTime = Number(row["end_time"], "end_time") + (row.TryGetValue("end_time_ns", out string? ns) ? Number(ns, "end_time_ns") * 1e-9 : 0);
            double? far = row.TryGetValue("combined_far", out string? combined) && combined.Length > 0
                ? Number(combined, "combined_far")
                : row.TryGetValue("false_alarm_rate", out string? rate) ? Number(rate, "false_alarm_rate") : null;
            var coinc = new JsonObject();
            foreach ((string key, string value) in row)
            {
                coinc[key] = double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double n) ? n : value.Trim('"');
            }

            string ifos = row.TryGetValue("ifos", out string? i) ? i.Trim('"') : string.Empty;
            string log = string.Join("\n", new[] { $"Pipeline: CBC", $"End Time: {Gps(endTime)}", $"IFOs: {ifos}", $"FAR: {far}" });
            return new UploadAttributes(
                endTime, far, ifos, null, 1,
                new JsonObject { ["CoincInspiral"] = coinc, ["SingleInspiral"] = new JsonArray() },
                [
                    new ServerLog("Log File Created", "event.log", Encoding.UTF8.GetBytes(log + "\n")),
                    new ServerLog("Coinc Table Created", "coinc.xml", Encoding.UTF8.GetBytes(xml)),
                ]);
        }

        private static string TableName(XElement table)
        {
            string name = (string?)table.Attribute("Name") ?? string.Empty;
            return name.Split(':')[0];
        }

        private static Dictionary<string, string> FirstRow(XElement table)
        {
            List<string> columns = table.Elements().Where(e => e.Name.LocalName == "Column")
                .Select(c => ((string?)c.Attribute("Name") ?? string.Empty).Split(':')[^1]).ToList();
            XElement stream = table.Elements().FirstOrDefault(e => e.Name.LocalName == "Stream") ?? throw new FormatException("coinc_inspiral has no Stream");
            string delimiter = (string?)stream.Attribute("Delimiter") ?? ",";
            List<string> values = SplitStream(stream.Value, delimiter[0]);
            if (values.Count < columns.Count)
            {
                throw new FormatException($"coinc_inspiral row has {values.Count} values for {columns.Count} columns");
            }

            return columns.Select((c, index) => (c, values[index])).ToDictionary(p => p.c, p => p.Item2, StringComparer.Ordinal);
        }

        private static List<string> SplitStream(string stream, char delimiter)
        {
            var values = new List<string>();
            var current = new StringBuilder();
            bool quoted = false;
            foreach (char c in stream)
            {
                if (c == '"')
                {
                    quoted = !quoted;
                }
                else if (c == delimiter && !quoted)
                {
                    values.Add(current.ToString().Trim());
                    current.Clear();
                }
                else if (quoted || !char.IsWhiteSpace(c))
                {
                    current.Append(c);
                }
            }

            if (current.Length > 0)
            {
                values.Add(current.ToString().Trim());
            }

            return values;
        }
    }

    /// <summary>cWB's <c>key: value</c> trigger file and its "significance based on" line.</summary>
    private static class CwbTrigger
    {
        public static UploadAttributes Parse(string text)
        {
            string[] lines = text.Split('\n');
            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            double? far = null;
            for (int i = 0; i < lines.Length; i++)
            {
                string line = lines[i].Trim();
                int colon = line.IndexOf(':', StringComparison.Ordinal);
                if (colon > 0 && !line.StartsWith('#'))
                {
                    fields.TryAdd(line[..colon].Trim(), line[(colon + 1)..].Trim());
                }

                if (line.Contains("significance based on", StringComparison.Ordinal) && i + 1 < lines.Length)
                {
                    string[] parts = lines[i + 1].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                    far = parts.Length > 1 ? Number(parts[1], "far") : throw new FormatException("no FAR after 'significance based on'");
                }
            }

            string time = fields.TryGetValue("time", out string? t) ? t : throw new FormatException("no 'time' line");
            double gps = Number(time.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)[0], "time");
            string instruments = fields.TryGetValue("ifo", out string? ifo) ? string.Join(",", ifo.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) : string.Empty;
            double? likelihood = fields.TryGetValue("likelihood", out string? l) ? Number(l, "likelihood") : null;
            var burst = new JsonObject { ["ifos"] = instruments, ["peak_time"] = Math.Floor(gps), ["false_alarm_rate"] = far };
            AddNumber(burst, "snr", fields, "rho");
            AddNumber(burst, "duration", fields, "duration");
            AddNumber(burst, "central_freq", fields, "frequency");
            AddNumber(burst, "bandwidth", fields, "bandwidth");
            return new UploadAttributes(gps, far, instruments, likelihood, 1, new JsonObject { ["MultiBurst"] = burst }, [new ServerLog("Coinc Table Created"), new ServerLog("Log File Created")]);
        }

        private static void AddNumber(JsonObject target, string name, Dictionary<string, string> fields, string key)
        {
            if (fields.TryGetValue(key, out string? value))
            {
                string first = value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;
                if (double.TryParse(first, NumberStyles.Float, CultureInfo.InvariantCulture, out double n))
                {
                    target[name] = n;
                }
            }
        }
    }

    /// <summary>oLIB's JSON upload (O2 format: note the upper-case FAR key).</summary>
    private static class OlibJson
    {
        public static UploadAttributes Parse(string text)
        {
            JsonObject json = JsonNode.Parse(text) as JsonObject ?? throw new FormatException("not a JSON object");
            double gps = ReadNumber(json, "gpstime") ?? throw new FormatException("no gpstime");
            var lib = new JsonObject();
            foreach (string key in new[] { "BCI", "BSN", "Omicron_SNR_Network", "Omicron_SNR_H1", "Omicron_SNR_L1", "Omicron_SNR_V1" })
            {
                if (ReadNumber(json, key) is { } value)
                {
                    lib[key.ToLowerInvariant()] = value;
                }
            }

            return new UploadAttributes(
                gps,
                ReadNumber(json, "FAR"),
                json["instruments"]?.GetValue<string>() ?? string.Empty,
                ReadNumber(json, "likelihood"),
                ReadNumber(json, "nevents") is { } n ? (int)n : 1,
                new JsonObject { ["LalInferenceBurst"] = lib },
                []);
        }

        private static double? ReadNumber(JsonObject json, string key) => json[key] switch
        {
            JsonValue v when v.GetValueKind() == JsonValueKind.Number => v.GetValue<double>(),
            JsonValue v when v.GetValueKind() == JsonValueKind.String => Number(v.GetValue<string>(), key),
            _ => null,
        };
    }

    /// <summary>A GCN VOEvent: trigger time, position and IVORN.</summary>
    private static class GcnVoEvent
    {
        public static UploadAttributes Parse(string xml)
        {
            XDocument document = XDocument.Parse(xml);
            XElement root = document.Root ?? throw new FormatException("empty VOEvent");
            string ivorn = (string?)root.Attribute("ivorn") ?? string.Empty;
            string isoTime = Find(root, "ISOTime")?.Value ?? throw new FormatException("no ISOTime");
            DateTimeOffset time = DateTimeOffset.Parse(isoTime, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
            var grb = new JsonObject { ["ivorn"] = ivorn };
            if (Find(root, "C1") is { } ra)
            {
                grb["ra"] = Number(ra.Value, "C1");
            }

            if (Find(root, "C2") is { } dec)
            {
                grb["dec"] = Number(dec.Value, "C2");
            }

            if (Find(root, "Error2Radius") is { } error)
            {
                grb["error_radius"] = Number(error.Value, "Error2Radius");
            }

            string? trigger = root.Descendants().FirstOrDefault(e => e.Name.LocalName == "Param" && (string?)e.Attribute("name") is "TrigID" or "Trig_ID")?.Attribute("value")?.Value;
            if (trigger is not null)
            {
                grb["trigger_id"] = trigger;
            }

            return new UploadAttributes(GpsTime.FromUtc(time), null, string.Empty, null, 1, new JsonObject { ["GRB"] = grb }, []);
        }

        private static XElement? Find(XElement root, string localName) => root.Descendants().FirstOrDefault(e => e.Name.LocalName == localName);
    }
}

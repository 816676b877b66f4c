using System.CommandLine;
using System.Text.Json.Nodes;
using LvalertTest.Supervisor.TraceT.Decisions;
using LvalertTest.Supervisor.TraceT.Notices;
using LvalertTest.Supervisor.TraceT.Proposals;
using LvalertTest.Supervisor.TraceT.Telescopes;

namespace LvalertTest.Cli.Commands;

/// <summary>
/// <c>lvalerttest tracet --proposals &lt;dir|file...&gt; &lt;packet files...&gt;</c>: feeds GCN packets (VOEvent XML or
/// igwn JSON) to TraceT in the order given and prints one JSON line per decision a packet touched, per observation
/// requested and per packet ignored. Each packet arrives 30 s after its event time (never earlier than the previous
/// one), so the output depends on the files only. Every file is read and checked before the first packet is fed.
/// </summary>
internal static class TraceTCommand
{
    private static readonly TimeSpan Delivery = TimeSpan.FromSeconds(30);

    public static Command Create(TextWriter output, TextWriter error)
    {
        var proposals = new Option<string[]>("--proposals") { Description = "Proposal settings: TraceT fixture YAML files, or directories of them.", Required = true, AllowMultipleArgumentsPerToken = true };
        var packets = new Argument<string[]>("packets") { Description = "GCN packets to feed, in order (.xml VOEvents, .json igwn notices).", Arity = ArgumentArity.ZeroOrMore };
        var failing = new Option<string[]>("--fail-telescope") { Description = "Make a telescope's service refuse to answer (MWA, ATCA).", AllowMultipleArgumentsPerToken = true };
        var command = new Command("tracet", "Run TraceT's trigger decisions over GCN packets; one JSON line per decision and observation.") { proposals, packets, failing };
        command.SetAction(parse =>
        {
            try
            {
                // "--proposals dir a.xml b.xml": the option takes every token, so packet files are told apart by extension.
                string[] named = parse.GetRequiredValue(proposals);
                IReadOnlyList<ProposalSettings> settings = new ProposalSettingsLoader().Load(named.Where(p => !IsPacket(p)));
                string[] files = [.. named.Where(IsPacket), .. parse.GetValue(packets) ?? []];
                List<(string Name, string Text)> inputs = files.Length > 0 ? files.Select(f => Read(new FileInfo(f))).ToList() : throw new UsageException("no packet files given");
                var telescopes = new FakeTelescopeService();
                foreach (string telescope in parse.GetValue(failing) ?? [])
                {
                    telescopes.Down(telescope);
                }

                var clock = new StepClock();
                Feed(inputs, new TraceTService(settings, telescopes, clock), clock, output);
                return ExitCodes.Success;
            }
            catch (Exception e) when (e is ProposalFormatException or NoticeFormatException or UsageException or IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"error: {e.Message}");
                return ExitCodes.BadInput;
            }
        });
        return command;
    }

    private static bool IsPacket(string path) =>
        path.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    private static (string Name, string Text) Read(FileInfo file)
    {
        string text = File.ReadAllText(file.FullName);
        NoticeReader.Parse(text, DateTimeOffset.UnixEpoch, file.Name); // checked up front: a bad packet stops the run before any output
        return (file.Name, text);
    }

    private static void Feed(List<(string Name, string Text)> inputs, TraceTService service, StepClock clock, TextWriter output)
    {
        foreach ((string name, string text) in inputs)
        {
            DateTimeOffset? observed = NoticeReader.Parse(text, clock.Now, name).EventObserved;
            if (observed is { } t && t + Delivery > clock.Now)
            {
                clock.Now = t + Delivery;
            }

            NoticeOutcome outcome = service.Receive(NoticeReader.Parse(text, clock.Now, name));
            if (outcome.Ignored)
            {
                Line(output, new JsonObject { ["kind"] = "ignored", ["packet"] = name, ["trig_id"] = outcome.TrigId, ["reason"] = outcome.IgnoreReason });
            }

            foreach (DecisionChange d in outcome.Decisions)
            {
                Line(output, new JsonObject
                {
                    ["kind"] = "decision", ["packet"] = name, ["trig_id"] = d.TrigId, ["proposal"] = d.ProposalKey, ["telescope"] = d.Telescope,
                    ["decision"] = d.Code.Letter(), ["reason"] = string.Join(" ", d.NewReasons.Select(r => r[28..])),
                });
            }

            foreach (Observation o in outcome.Observations)
            {
                Line(output, new JsonObject
                {
                    ["kind"] = "observation", ["packet"] = name, ["trig_id"] = o.TrigId, ["proposal"] = o.ProposalKey, ["telescope"] = o.Telescope,
                    ["trigger_id"] = o.TriggerId, ["time"] = o.RequestSentAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", System.Globalization.CultureInfo.InvariantCulture),
                });
            }
        }
    }

    private static void Line(TextWriter output, JsonObject line) => output.WriteLine(line.ToJsonString());

    /// <summary>The command's only clock: packet times, never the wall clock, so reruns print the same lines.</summary>
    private sealed class StepClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = DateTimeOffset.UnixEpoch;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}

using System.IO.Abstractions.TestingHelpers;
using LvalertTest.Core.Alerts;
using LvalertTest.Simulation.Kernel;
using LvalertTest.Simulation.Randomness;
using LvalertTest.Supervisor.Engine;
using LvalertTest.Supervisor.Notify;
using LvalertTest.Supervisor.ProcessTypes;

namespace LvalertTest.Supervisor.Tests.Engine;

/// <summary>
/// The recovery property: a stream of alerts and commands, an engine killed at random moments and restarted from its
/// checkpoint, ends with exactly the e-mails, log lines and heartbeat answers of the run that was never interrupted.
/// Kills fall between epochs (an epoch is the engine's unit of work; its checkpoint is written when it ends).
/// </summary>
public class KillAndRestartTests
{
    private static readonly DateTimeOffset T0 = new(2019, 4, 25, 8, 18, 5, TimeSpan.Zero);
    private static readonly TimeSpan StreamLength = TimeSpan.FromMinutes(20);
    private const string CheckpointPath = "/run/supervisor.checkpoint.json";

    [Test]
    public void RestartedFromCheckpoints_EndsLikeTheUninterruptedRun([Range(1, 40)] int seed)
    {
        List<(DateTimeOffset Time, string Node, string Payload)> stream = Stream(seed);
        List<DateTimeOffset> kills = KillTimes(seed);

        Outcome expected = Run(stream, []);
        Outcome actual = Run(stream, kills);

        string context = $"seed {seed}, kills at {string.Join(", ", kills.Select(k => $"+{(k - T0).TotalSeconds:0.###} s"))}";
        Assert.That(actual.Log, Is.EqualTo(expected.Log), context);
        Assert.That(actual.Emails, Is.EqualTo(expected.Emails), context);
        Assert.That(actual.Responses, Is.EqualTo(expected.Responses), context);
        Assert.That(actual.Restarts, Is.EqualTo(kills.Count), context);
        Assert.That(expected.Emails, Is.Not.Empty, $"seed {seed}: the stream should make the engine e-mail");
    }

    private static Outcome Run(List<(DateTimeOffset Time, string Node, string Payload)> stream, List<DateTimeOffset> kills)
    {
        var kernel = new SimulationKernel(T0);
        var fs = new MockFileSystem();
        fs.Directory.CreateDirectory("/run");
        var outbox = new RecordedOutbox();
        var log = new RecordingLog();
        var responses = new List<string>();
        var publisher = new ListPublisher(responses);
        var options = new EngineOptions
        {
            Recipients = ["oncall@example.org"],
            Host = "h",
            WarnThreshold = 6,
            WarnDelay = TimeSpan.FromMinutes(2),
            MaxWarn = 3,
            MaxComplete = 4,
            CheckpointPath = CheckpointPath,
        };
        SupervisorEngine Boot()
        {
            var engine = new SupervisorEngine(new TestProcessType(log), options, outbox, log, kernel.Clock, publisher, fs);
            engine.Start();
            return engine;
        }

        SupervisorEngine engine = Boot();
        int restarts = 0;
        var pendingKills = new Queue<DateTimeOffset>(kills);
        void KillUntil(DateTimeOffset time)
        {
            while (pendingKills.TryPeek(out DateTimeOffset kill) && kill <= time)
            {
                kernel.RunUntil(pendingKills.Dequeue());
                engine.Dispose();
                engine = Boot();
                restarts++;
            }
        }

        foreach ((DateTimeOffset time, string node, string payload) in stream)
        {
            KillUntil(time);
            kernel.RunUntil(time);
            engine.Receive(node, payload);
        }

        KillUntil(DateTimeOffset.MaxValue);
        kernel.RunUntil(T0 + StreamLength + TimeSpan.FromMinutes(30));
        engine.Dispose();
        return new Outcome(
            log.Lines.Where(l => !l.Message.StartsWith("recovered ", StringComparison.Ordinal) && !l.Message.StartsWith("no checkpoint", StringComparison.Ordinal))
                .Select(l => $"{l.Time:O} {l.GraceId} {l.Message}").ToList(),
            outbox.Sent.Select(e => $"{e.Time:O} {string.Join(",", e.To)} {e.Subject}\n{e.Body}").ToList(),
            responses,
            restarts);
    }

    /// <summary>Alerts for a handful of events, every kind of command, a heartbeat and some garbage, at random times.</summary>
    private static List<(DateTimeOffset, string, string)> Stream(int seed)
    {
        RandomStream random = new RandomStreams(seed).Stream("kill-and-restart.stream");
        string[] graceIds = ["T000001", "T000002", "T000003", "T000004", "T000005"];
        var alerts = new List<(DateTimeOffset, string, string)>();
        for (int i = 0; i < 40; i++)
        {
            var at = T0 + TimeSpan.FromMilliseconds(Math.Round(random.Uniform(0, StreamLength.TotalMilliseconds)));
            string gid = graceIds[random.NextIndex(graceIds.Length)];
            string payload = random.WeightedIndex([12, 2, 2, 1, 1, 1, 1, 1, 1]) switch
            {
                0 => "{\"uid\":\"" + gid + "\",\"alert_type\":\"update\",\"object\":{\"n\":" + i + "}}",
                1 => "{\"uid\":\"command\",\"alert_type\":\"printMessage\",\"object\":{\"message\":\"m" + i + "\",\"sleep\":" + (random.NextIndex(200) + 30) + "}}",
                2 => "{\"uid\":\"command\",\"alert_type\":\"clearGraceID\",\"object\":{\"graceid\":\"" + gid + "\"}}",
                3 => "{\"uid\":\"command\",\"alert_type\":\"sendEmail\",\"object\":{\"recipients\":\"a@example.org\",\"subject\":\"s" + i + "\",\"body\":\"b\"}}",
                4 => """{"uid":"command","alert_type":"raiseException"}""",
                5 => """{"uid":"command","alert_type":"printQueue","object":{"filename":"STDOUT"}}""",
                6 => "{\"ptype\":\"request\",\"server\":\"lvalert.example.org\",\"node\":\"test-heartbeat\",\"key\":\"k" + i + "\"}",
                7 => "{broken",
                _ => """{"uid":"command","alert_type":"clearQueue"}""",
            };
            alerts.Add((at, "test", payload));
        }

        return alerts.OrderBy(a => a.Item1).ToList();
    }

    private static List<DateTimeOffset> KillTimes(int seed)
    {
        RandomStream random = new RandomStreams(seed).Stream("kill-and-restart.kills");
        return Enumerable.Range(0, 1 + random.NextIndex(4))
            .Select(_ => T0 + TimeSpan.FromMilliseconds(Math.Round(random.Uniform(0, StreamLength.TotalMilliseconds + 60_000))))
            .Order().ToList();
    }

    private sealed record Outcome(List<string> Log, List<string> Emails, List<string> Responses, int Restarts);

    private sealed class ListPublisher(List<string> sink) : IAlertPublisher
    {
        public void Publish(Alert alert) => sink.Add($"{alert.Node} {alert.Json}");
    }
}

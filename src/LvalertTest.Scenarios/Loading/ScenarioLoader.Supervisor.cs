using System.Globalization;
using LvalertTest.Core.Alerts;
using LvalertTest.Scenarios.Model;

namespace LvalertTest.Scenarios.Loading;

// The supervisor, the alert dialect, the store, and what happens to alerts and to the supervisor process.
public static partial class ScenarioLoader
{
    private static SupervisorSetup ReadSupervisor(FieldChecker check, SupervisorDocument supervisor, string directory)
    {
        if ((supervisor.Listen is null) == (supervisor.Config is null))
        {
            throw check.Fail("supervisor", "give exactly one of listen (an lvalert_listenMP process file) or config (one childConfig)");
        }

        if (supervisor.Listen is not null && supervisor.Nodes is not null)
        {
            throw check.Fail("supervisor.nodes", "belongs to config: a process file names the nodes of each of its sections");
        }

        bool overHttp = supervisor.Gracedb?.ToLowerInvariant() switch
        {
            null or "direct" => false,
            "http" => true,
            _ => throw check.Fail("supervisor.gracedb", $"must be direct or http, got '{supervisor.Gracedb}'"),
        };
        string field = supervisor.Listen is null ? "supervisor.config" : "supervisor.listen";
        string path = Path.GetFullPath(check.Required(supervisor.Listen ?? supervisor.Config, field), directory);
        if (!File.Exists(path))
        {
            throw check.Fail(field, $"no such file: {path}");
        }

        IReadOnlyList<string> nodes = (supervisor.Nodes ?? []).Select((n, i) => check.Required(n, $"supervisor.nodes[{i}]")).ToList();
        return supervisor.Listen is null ? new SupervisorSetup(null, path, nodes, overHttp) : new SupervisorSetup(path, null, [], overHttp);
    }

    private static AlertDialect ReadDialect(FieldChecker check, string? dialect) => dialect?.ToLowerInvariant() switch
    {
        null or "legacy" => AlertDialect.Legacy,
        "igwn" => AlertDialect.Igwn,
        _ => throw check.Fail("dialect", $"must be legacy or igwn, got '{dialect}'"),
    };

    private static StoreKind ReadStore(FieldChecker check, string? store) => store?.ToLowerInvariant() switch
    {
        null or "memory" => StoreKind.Memory,
        "disk" => StoreKind.Disk,
        _ => throw check.Fail("store", $"must be memory or disk, got '{store}'"),
    };

    private static AlertFaults ReadAlertFaults(FieldChecker check, AlertFaultsDocument alerts) => new(
        Probability(check, alerts.Drop, "faults.alerts.drop"),
        Probability(check, alerts.Duplicate, "faults.alerts.duplicate"),
        Probability(check, alerts.Reorder, "faults.alerts.reorder"),
        Duration(check, alerts.Delay, "faults.alerts.delay", TimeSpan.Zero),
        Duration(check, alerts.DelayJitter, "faults.alerts.delay_jitter", TimeSpan.Zero),
        Duration(check, alerts.ReorderBy, "faults.alerts.reorder_by", TimeSpan.FromSeconds(30)));

    private static SupervisorCrash ReadCrash(FieldChecker check, CrashDocument crash, string at) => new(
        Duration(check, crash.At ?? throw check.Fail($"{at}.at", "is required (a time after the start, like 10m)"), $"{at}.at", TimeSpan.Zero),
        Duration(check, crash.RestartAfter, $"{at}.restart_after", TimeSpan.Zero));

    private static double Probability(FieldChecker check, double? value, string field)
    {
        double p = value ?? 0;
        return p is >= 0 and <= 1 ? p : throw check.Fail(field, $"must be in [0, 1], got {p.ToString(CultureInfo.InvariantCulture)}");
    }

    private static TimeSpan Duration(FieldChecker check, string? text, string field, TimeSpan unset)
    {
        if (text is null)
        {
            return unset;
        }

        return DurationText.TryParse(text, out TimeSpan duration)
            ? duration
            : throw check.Fail(field, $"must be a duration like 90s, 15m, 6h, 7d; got '{text}'");
    }
}

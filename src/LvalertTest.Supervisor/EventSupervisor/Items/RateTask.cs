using System.Globalization;
using LvalertTest.Core.GraceDb;

namespace LvalertTest.Supervisor.EventSupervisor.Items;

/// <summary>
/// No more events of the same group, pipeline and search around this one than <c>(win- + win+) × max rate</c>:
/// by GPS time (local rate) or by creation time (creation rate). The original crashed for events with a search.
/// </summary>
internal sealed class RateTask(EsTaskSetup setup, string name, EsSection section, bool byCreation)
    : EsTask(setup, name, byCreation ? "check the rate at which events are created" : "check the local rate of events", section.Seconds("dt"))
{
    private readonly double _before = section.Number("win-", 5);
    private readonly double _after = section.Number("win+", 5);
    private readonly double _maxRate = section.Number("max rate", 2);

    protected override CheckResult Check(DateTimeOffset now)
    {
        GraceEvent self = GraceDb.Event(Event);
        string query;
        string around;
        if (byCreation)
        {
            query = $"created: {Stamp(self.Created.AddSeconds(-_before))} .. {Stamp(self.Created.AddSeconds(_after))}";
            around = Stamp(self.Created);
        }
        else
        {
            double gps = self.GpsTime ?? throw new InvalidDataException($"{self.GraceId} has no gpstime");
            query = string.Create(CultureInfo.InvariantCulture, $"{Math.Floor(gps - _before):F0} .. {Math.Ceiling(gps + _after):F0}");
            around = gps.ToString("F3", CultureInfo.InvariantCulture);
        }

        int count = GraceDb.Events(query).Count(e => e.GraceId != self.GraceId && e.Group == self.Group && e.Pipeline == self.Pipeline && e.Search == self.Search);
        string warning = string.Create(CultureInfo.InvariantCulture, $"found {count} events within (-{_before:F3}, +{_after:F3}) of {around}");
        return new CheckResult(count > (_before + _after) * _maxRate, warning);
    }

    private static string Stamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}

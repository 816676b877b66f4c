using LvalertTest.Core.Events;
using LvalertTest.Core.GraceDb;
using LvalertTest.FakeGraceDb.Faults;
using LvalertTest.FakeGraceDb.Tests.Support;
using Moq;

namespace LvalertTest.FakeGraceDb.Tests.Faults;

public class FaultInjectingGraceDbTests
{
    private const int Seed = 20170817;
    private static readonly GraceId Id = GraceId.Parse("G000001");
    private ManualClock _clock = null!;
    private Mock<IGraceDb> _inner = null!;

    [SetUp]
    public void CreateInner()
    {
        _clock = new ManualClock(StoreKind.Start);
        _inner = new Mock<IGraceDb>(MockBehavior.Strict);
        _inner.Setup(g => g.WriteLog(Id, It.IsAny<string>(), null, null, null, null)).Returns(new LogEntry(1, "x", StoreKind.Start, "u", string.Empty, null, []));
        _inner.Setup(g => g.Logs(Id)).Returns([]);
    }

    [TestCase(503)]
    [TestCase(408)]
    [TestCase(429)]
    [TestCase(0)]
    public void TransientFault_ThrowsBeforeTheStoreIsReached(int status)
    {
        var db = Create(new FaultPlan([new FaultRule(status, 1, [GraceDbOperation.WriteLog])]));

        var error = Assert.Throws<GraceDbTransientException>(() => db.WriteLog(Id, "x"));

        Assert.That((error!.StatusCode, error.IsTransient), Is.EqualTo((status, true)));
        _inner.Verify(g => g.WriteLog(It.IsAny<GraceId>(), It.IsAny<string>(), It.IsAny<string?>(), It.IsAny<byte[]?>(), It.IsAny<IReadOnlyList<string>?>(), It.IsAny<string?>()), Times.Never);
        Assert.That(db.Logs(Id), Is.Empty, "other operations pass through");
        Assert.That(db.FailuresInjected, Is.EqualTo(1));
    }

    [Test]
    public void Conflict_IsNotTransient()
    {
        var db = Create(new FaultPlan([new FaultRule(409, 1)]));

        var error = Assert.Throws<GraceDbConflictException>(() => db.Logs(Id));

        Assert.That(error!.IsTransient, Is.False);
    }

    [Test]
    public void TimeWindow_FaultsOnlyInsideIt()
    {
        var db = Create(new FaultPlan([new FaultRule(500, 1, null, StoreKind.Start.AddMinutes(1), StoreKind.Start.AddMinutes(2))]));

        Assert.DoesNotThrow(() => db.Logs(Id));
        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Throws<GraceDbTransientException>(() => db.Logs(Id));
        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.DoesNotThrow(() => db.Logs(Id));
    }

    [Test]
    public void Probability_FailsThatShareOfCalls()
    {
        var db = Create(new FaultPlan([new FaultRule(502, 0.25)]));

        int failures = 0;
        for (int i = 0; i < 4000; i++)
        {
            try
            {
                db.Logs(Id);
            }
            catch (GraceDbTransientException)
            {
                failures++;
            }
        }

        Assert.That(failures, Is.InRange(900, 1100), $"seed={Seed}");
    }

    [Test]
    public void Latency_IsDrawnPerCallWithinTheJitter_AndTheVirtualClockIsNotBlocked()
    {
        var db = Create(new FaultPlan([], TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(0.5)));

        var latencies = new List<TimeSpan>();
        for (int i = 0; i < 200; i++)
        {
            db.Logs(Id);
            latencies.Add(db.LastLatency);
        }

        Assert.That(latencies, Has.All.InRange(TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(2.5)));
        Assert.That(latencies.Distinct().Count(), Is.GreaterThan(150));
        Assert.That(_clock.Now, Is.EqualTo(StoreKind.Start));
    }

    [TestCase(418, 0.5)]
    [TestCase(500, 1.5)]
    public void InvalidRule_IsRefused(int status, double probability)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Create(new FaultPlan([new FaultRule(status, probability)])));
    }

    private FaultInjectingGraceDb Create(FaultPlan plan) => new(_inner.Object, plan, new Random(Seed), _clock);
}

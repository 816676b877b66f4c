using LvalertTest.Core.Events;
using LvalertTest.Simulation.Schedules;

namespace LvalertTest.Simulation.Tests.Schedules;

public class EventHandleTests
{
    [Test]
    public void GraceId_BeforeAssignment_ThrowsAClearError()
    {
        var handle = new EventHandle("QWERTY");

        var error = Assert.Throws<InvalidOperationException>(() => _ = handle.GraceId);

        Assert.That(error!.Message, Does.Contain("'QWERTY' has no GraceID yet").And.Contain("create-event action has not run"));
        Assert.That(handle.HasGraceId, Is.False);
    }

    [Test]
    public void Assign_ThenRead_GivesTheGraceId()
    {
        var handle = new EventHandle("QWERTY");

        handle.Assign(GraceId.Parse("G184098"));

        Assert.That(handle.GraceId.ToString(), Is.EqualTo("G184098"));
        Assert.That(handle.ToString(), Is.EqualTo("QWERTY=G184098"));
    }

    [Test]
    public void Assign_Twice_Throws()
    {
        var handle = new EventHandle("QWERTY");
        handle.Assign(GraceId.Parse("T000001"));

        var error = Assert.Throws<InvalidOperationException>(() => handle.Assign(GraceId.Parse("T000002")));

        Assert.That(error!.Message, Does.Contain("already has GraceID T000001"));
    }
}

using LvalertTest.Reports.Timeline;

namespace LvalertTest.Reports.Tests.Timeline;

public class TimelineCsvWriterTests
{
    [Test]
    public void Write_QuotesFieldsThatNeedItAndUsesUtcTicks()
    {
        var text = new StringWriter();
        using (var writer = new TimelineCsvWriter(text))
        {
            writer.Write(new TimelineRow(new DateTimeOffset(2017, 8, 17, 14, 41, 4, TimeSpan.FromHours(2)).AddTicks(5), "G298048", "write_log", "log \"strain PSDs\", [psd.xml.gz]"));
            writer.Write(new TimelineRow(new DateTimeOffset(2017, 8, 17, 12, 42, 0, TimeSpan.Zero), "-", "raw_alert", "plain"));
        }

        Assert.That(text.ToString(), Is.EqualTo(
            "time,subject,kind,detail\n" +
            "2017-08-17T12:41:04.0000005Z,G298048,write_log,\"log \"\"strain PSDs\"\", [psd.xml.gz]\"\n" +
            "2017-08-17T12:42:00.0000000Z,-,raw_alert,plain\n"));
    }
}

using System.IO.Abstractions.TestingHelpers;
using LvalertTest.Core.Alerts;
using LvalertTest.FakeGraceDb.Tests.Support;

namespace LvalertTest.FakeGraceDb.Tests;

/// <summary>FakeGraceDbOptions.JournalAlerts: off, subscribers still get every alert but the store keeps none.</summary>
public class AlertJournalOptionTests
{
    private MockFileSystem _files = null!;
    private List<Alert> _published = null!;

    [SetUp]
    public void MakeFileSystem()
    {
        _files = new MockFileSystem();
        _published = [];
    }

    [TestCase(true, 2)]
    [TestCase(false, 0)]
    public void CreateAndLog_PublishAlways_JournalOnlyWhenAsked(bool journal, int journalLines)
    {
        var options = new FakeGraceDbOptions { TimeProvider = new ManualClock(new DateTimeOffset(2023, 5, 24, 15, 0, 0, TimeSpan.Zero)), JournalAlerts = journal };
        using (FileSystemGraceDb store = FileSystemGraceDb.Open(_files, "/gracedb", options))
        {
            store.Subscribe(new Collect(_published));
            var e = store.CreateEvent("Test", "gstlal", null, "coinc.xml", [1]);
            store.WriteLog(e.GraceId, "hello");
        }

        string[] journals = _files.AllFiles.Where(f => f.EndsWith("alerts.jsonl", StringComparison.Ordinal)).ToArray();
        int lines = journals.Sum(f => _files.File.ReadAllLines(f).Count(l => l.Length > 0));
        Assert.That(_published, Has.Count.EqualTo(2));
        Assert.That(lines, Is.EqualTo(journalLines));
    }

    private sealed class Collect(List<Alert> alerts) : IAlertPublisher
    {
        public void Publish(Alert alert) => alerts.Add(alert);
    }
}

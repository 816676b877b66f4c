using System.IO.Abstractions.TestingHelpers;
using LvalertTest.Simulation.Kernel;
using LvalertTest.Supervisor.Listening;

namespace LvalertTest.Supervisor.Tests.Listening;

public class JournalTailerTests
{
    private const string Journal = "/store/alerts.jsonl";
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);
    private MockFileSystem _fs = null!;
    private SimulationKernel _kernel = null!;
    private List<string> _warnings = null!;
    private JournalTailer _tailer = null!;

    [SetUp]
    public void CreateTailer()
    {
        _fs = new MockFileSystem();
        _fs.Directory.CreateDirectory("/store");
        _kernel = new SimulationKernel(new DateTimeOffset(2017, 8, 17, 12, 41, 4, TimeSpan.Zero));
        _warnings = [];
        _tailer = new JournalTailer(Journal, _kernel.Clock, Poll, _fs, _warnings.Add);
    }

    [TearDown]
    public void DisposeTailer() => _tailer.Dispose();

    [Test]
    public void AJournalNotWrittenYet_ReadsAsEmpty_ThenItsLines()
    {
        Assert.That(_tailer.ReadAvailable(), Is.Empty);
        Assert.That(_tailer.IsExhausted, Is.True);

        _fs.File.AppendAllText(Journal, "one\ntwo\n");

        Assert.That(_tailer.ReadAvailable(), Is.EqualTo(new[] { new InputLine(1, "one"), new InputLine(2, "two") }));
    }

    [Test]
    public void LinesAppendedAfterStart_AreReadOnce_InOrder()
    {
        _fs.File.AppendAllText(Journal, "one\n");
        Assert.That(_tailer.ReadAvailable(), Is.EqualTo(new[] { new InputLine(1, "one") }));
        Assert.That(_tailer.IsExhausted, Is.False);

        Assert.That(_tailer.ReadAvailable(), Is.Empty);
        Assert.That(_tailer.IsExhausted, Is.True);

        _fs.File.AppendAllText(Journal, "two\nthree\n");

        Assert.That(_tailer.ReadAvailable(), Is.EqualTo(new[] { new InputLine(2, "two"), new InputLine(3, "three") }));
        Assert.That(_tailer.Position, Is.EqualTo("one\ntwo\nthree\n".Length));
    }

    [Test]
    public void APartialLastLine_WaitsForItsNewline()
    {
        _fs.File.AppendAllText(Journal, "one\n{\"node\":\"n\",\"al");

        Assert.That(_tailer.ReadAvailable(), Is.EqualTo(new[] { new InputLine(1, "one") }));
        Assert.That(_tailer.ReadAvailable(), Is.Empty);
        Assert.That((_tailer.IsExhausted, _tailer.HasIncompleteLine), Is.EqualTo((true, true)));

        _fs.File.AppendAllText(Journal, "ert\":{}}\n");

        Assert.That(_tailer.ReadAvailable(), Is.EqualTo(new[] { new InputLine(2, "{\"node\":\"n\",\"alert\":{}}") }));
        Assert.That(_tailer.HasIncompleteLine, Is.False);
    }

    [Test]
    public void ATornTailCutByTheNextWriter_LosesNothingThatWasRead()
    {
        _fs.File.AppendAllText(Journal, "one\ntorn");
        Assert.That(_tailer.ReadAvailable(), Has.Count.EqualTo(1));

        // The store's next writer cuts the torn tail off, then appends (JsonLines.CutTornTail).
        _fs.File.WriteAllText(Journal, "one\ntwo\n");

        Assert.That(_tailer.ReadAvailable(), Is.EqualTo(new[] { new InputLine(2, "two") }));
        Assert.That(_warnings, Is.Empty);
    }

    [Test]
    public void CarriageReturns_AreNotPartOfTheLine()
    {
        _fs.File.AppendAllText(Journal, "one\r\ntwo\r\n");

        Assert.That(_tailer.ReadAvailable().Select(l => l.Text), Is.EqualTo(new[] { "one", "two" }));
    }

    [Test]
    public void AJournalThatShrank_IsReadAgainFromTheStart_WithAWarning()
    {
        _fs.File.AppendAllText(Journal, "one\ntwo\n");
        _tailer.ReadAvailable();

        _fs.File.WriteAllText(Journal, "new\n");

        Assert.That(_tailer.ReadAvailable(), Is.EqualTo(new[] { new InputLine(1, "new") }));
        Assert.That(_warnings, Has.Count.EqualTo(1).And.Some.Contains("shrank from 8 to 4 bytes"));
    }

    [Test]
    public void WaitAsync_WaitsOnePollIntervalOfTheGivenClock()
    {
        Task wait = _tailer.WaitAsync(CancellationToken.None);
        _kernel.RunFor(Poll - TimeSpan.FromMilliseconds(1));
        Assert.That(wait.IsCompleted, Is.False);

        _kernel.RunFor(TimeSpan.FromMilliseconds(1));

        Assert.That(wait.IsCompletedSuccessfully, Is.True);
    }
}

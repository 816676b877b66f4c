using LvalertTest.Supervisor.Listening;

namespace LvalertTest.Supervisor.Tests.Listening;

public class TextReaderInputTests
{
    [Test]
    [CancelAfter(10_000)]
    public async Task Lines_AreNumbered_AndTheInputEndsAtEndOfFile(CancellationToken cancellation)
    {
        using var input = new TextReaderInput(new StringReader("one\n\nthree"));
        var lines = new List<InputLine>();
        while (!input.HasEnded)
        {
            lines.AddRange(input.ReadAvailable());
            await input.WaitAsync(cancellation);
        }

        lines.AddRange(input.ReadAvailable());
        Assert.That(lines, Is.EqualTo(new[] { new InputLine(1, "one"), new InputLine(2, ""), new InputLine(3, "three") }));
        Assert.That((input.IsExhausted, input.HasIncompleteLine, input.Name), Is.EqualTo((true, false, "stdin")));
    }
}

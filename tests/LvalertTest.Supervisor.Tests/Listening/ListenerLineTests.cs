using LvalertTest.Supervisor.Listening;

namespace LvalertTest.Supervisor.Tests.Listening;

public class ListenerLineTests
{
    [Test]
    public void JournalLine_CarriesItsOwnNode_WhateverTheDefault([Values(null, "other")] string? defaultNode)
    {
        ListenerLine line = ListenerLine.Parse("""{"time":"2017-08-17 12:41:04 UTC","node":"cbc_gstlal","alert":{"uid":"G000001","alert_type":"new"}}""", defaultNode);

        Assert.That(line, Is.EqualTo(new ListenerLine(ListenerLineKind.Alert, "cbc_gstlal", """{"uid":"G000001","alert_type":"new"}""", "")));
    }

    [Test]
    public void JournalLine_WithAStringAlert_PassesThePayloadOnAsSent()
    {
        ListenerLine line = ListenerLine.Parse("""{"node":"n","alert":"{\"uid\":\"command\"}"}""", null);

        Assert.That((line.Kind, line.Node, line.Payload), Is.EqualTo((ListenerLineKind.Alert, "n", """{"uid":"command"}""")));
    }

    [Test]
    public void RawLine_GoesToTheDefaultNode_AsItIs()
    {
        const string Raw = """{"uid":"command","alert_type":"printMessage","object":{"message":"hello"}}""";

        ListenerLine line = ListenerLine.Parse(Raw, "lvalerttest-testnode");

        Assert.That(line, Is.EqualTo(new ListenerLine(ListenerLineKind.Alert, "lvalerttest-testnode", Raw, "")));
    }

    [Test]
    public void RawLine_WithoutADefaultNode_IsUnaddressed_WithTheReason()
    {
        ListenerLine line = ListenerLine.Parse("""{"uid":"G000001","alert_type":"new"}""", null);

        Assert.That(line.Kind, Is.EqualTo(ListenerLineKind.Unaddressed));
        Assert.That(line.Reason, Is.EqualTo("not a journal line (no \"node\" and \"alert\") and no default node (--node) to send it to"));
    }

    [Test]
    public void TornJournalLine_IsNotJson_SoItIsUnaddressedWithoutADefaultNode()
    {
        ListenerLine line = ListenerLine.Parse("""{"time":"2017-08-17 12:41:04 UTC","node":"cbc_gstlal","alert":{"uid":"G0""", null);

        Assert.That(line.Kind, Is.EqualTo(ListenerLineKind.Unaddressed));
        Assert.That(line.Reason, Does.StartWith("not a journal line (not JSON: "));
    }

    [Test]
    public void TornLine_WithADefaultNode_IsPassedOnRaw_ForTheEngineToReport()
    {
        // lvalertMP handed every payload to its child, which logged and e-mailed the ones it could not parse.
        ListenerLine line = ListenerLine.Parse("{not json", "n");

        Assert.That((line.Kind, line.Node, line.Payload), Is.EqualTo((ListenerLineKind.Alert, "n", "{not json")));
    }

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("\t")]
    public void BlankLine_IsBlank(string text) =>
        Assert.That(ListenerLine.Parse(text, "n").Kind, Is.EqualTo(ListenerLineKind.Blank));

    [TestCase("""{"node":"","alert":{}}""")]
    [TestCase("""{"node":7,"alert":{}}""")]
    [TestCase("""{"node":"n","alert":[1]}""")]
    [TestCase("""{"node":"n"}""")]
    [TestCase("[1,2]")]
    public void JsonWithoutANodeAndAnAlert_IsNotAJournalLine(string text) =>
        Assert.That(ListenerLine.Parse(text, null).Kind, Is.EqualTo(ListenerLineKind.Unaddressed));
}

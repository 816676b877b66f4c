namespace LvalertTest.Supervisor.TraceT.Notices;

/// <summary>Any packet TraceT may be sent: a VOEvent (XML) or an igwn JSON notice, told apart by its first character.</summary>
public static class NoticeReader
{
    public static ParsedNotice Parse(string packet, DateTimeOffset receivedAt, string source, IReadOnlyCollection<string>? triggerPairs = null)
    {
        ArgumentNullException.ThrowIfNull(packet);
        ArgumentNullException.ThrowIfNull(source);
        return packet.TrimStart('\uFEFF', ' ', '\t', '\r', '\n') switch
        {
            ['<', ..] => VoEventParser.Parse(packet, receivedAt, source, triggerPairs),
            ['{', ..] => IgwnNoticeParser.Parse(packet, receivedAt, source, triggerPairs),
            "" => throw new NoticeFormatException($"{source}: the packet is empty"),
            _ => throw new NoticeFormatException($"{source}: neither a VOEvent (XML) nor an igwn JSON notice"),
        };
    }
}

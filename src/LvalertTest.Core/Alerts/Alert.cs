namespace LvalertTest.Core.Alerts;

/// <summary>One alert message as published to one node: the envelope's JSON text and its routing facts.</summary>
public sealed record Alert(string Node, string Uid, string AlertType, string Json);

/// <summary>Receives alerts as GraceDb publishes them (an alert bus, a journal, a test recorder).</summary>
public interface IAlertPublisher
{
    void Publish(Alert alert);
}

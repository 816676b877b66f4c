namespace LvalertTest.Supervisor.TraceT.Telescopes;

/// <summary>The telescopes' scheduling services (MWA web service, ATCA rapid-response API) as TraceT sees them.</summary>
public interface ITelescopeService
{
    /// <summary>Sends the request; throws <see cref="TelescopeUnavailableException"/> when there is no usable answer.</summary>
    TelescopeAnswer Request(ObservationRequest request);
}

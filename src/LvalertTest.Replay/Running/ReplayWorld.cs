using System.Globalization;
using LvalertTest.Core.Alerts;
using LvalertTest.Core.Events;
using LvalertTest.Core.GraceDb;
using LvalertTest.FakeGraceDb;
using LvalertTest.Replay.Planning;
using LvalertTest.Replay.Sources;
using LvalertTest.Simulation.Kernel;

namespace LvalertTest.Replay.Running;

/// <summary>
/// A plan carried out in virtual time on a fresh in-memory copy of the event: the kernel's clock starts at the event's
/// original creation, the event is stored as it was created (no log, its initial labels), the <c>new</c> alert goes
/// out, and each step is written into the copy at its original time, so the copy publishes the alert the real server
/// did and stamps the entry with its original time. What the supervisor reads is what existed at that moment.
/// </summary>
public sealed class ReplayWorld : IDueWork, IDisposable
{
    private const long NewAlert = -1;
    private readonly ReplayPlan _plan;
    private readonly ReplaySource _source;
    private readonly List<string> _notes = [];

    public ReplayWorld(ReplayPlan plan, ReplaySource source, AlertDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(source);
        _plan = plan;
        _source = source;
        Kernel = new SimulationKernel(plan.EventAtCreation.Created);
        Alerts = new AlertDelivery(Kernel);
        Copy = FileSystemGraceDb.InMemory(new FakeGraceDbOptions
        {
            TimeProvider = Kernel.Clock,
            Dialect = dialect,
            Catalog = CatalogFor(plan),
            Warn = _notes.Add,
        });
        Copy.Import(plan.EventAtCreation with { Labels = [] }, [], plan.InitialLabels);
        Copy.Subscribe(Alerts);
    }

    public SimulationKernel Kernel { get; }

    /// <summary>The fresh copy the replay writes into (the source is never touched).</summary>
    public FileSystemGraceDb Copy { get; }

    public AlertDelivery Alerts { get; }

    public GraceId GraceId => _plan.EventAtCreation.GraceId;

    public int EntriesReplayed { get; private set; }

    public int LabelsReplayed { get; private set; }

    /// <summary>Steps the copy refused or had to make do without, one sentence each.</summary>
    public IReadOnlyList<string> Notes => _notes;

    /// <summary>Queues the <c>new</c> alert and every step at their times; run the kernel to carry them out.</summary>
    public void Start()
    {
        DateTimeOffset created = _plan.EventAtCreation.Created;
        Kernel.Enqueue(created, this, NewAlert, WorkPriority.World);
        for (int i = 0; i < _plan.Steps.Count; i++)
        {
            Kernel.Enqueue(created + _plan.Steps[i].Offset, this, i, WorkPriority.World);
        }
    }

    public void RunDue(long argument)
    {
        if (argument == NewAlert)
        {
            PublishNew();
            return;
        }

        ReplayStep step = _plan.Steps[checked((int)argument)];
        try
        {
            Apply(step);
        }
        catch (GraceDbException e)
        {
            _notes.Add($"{Describe(step)} was not replayed: {e.Message}");
        }
    }

    public void Dispose() => Copy.Dispose();

    private void Apply(ReplayStep step)
    {
        switch (step.Kind)
        {
            case ReplayStepKind.LabelAdded:
                Copy.AddLabel(GraceId, step.Label!, step.Creator);
                LabelsReplayed++;
                break;
            case ReplayStepKind.LabelRemoved:
                Copy.RemoveLabel(GraceId, step.Label!);
                LabelsReplayed++;
                break;
            default:
                LogEntry entry = step.Entry!;
                byte[]? contents = null;
                if (entry.FileReference is { } reference && !_source.Files.TryGetValue(reference, out contents))
                {
                    _notes.Add($"N={entry.N}: the source does not hold the contents of {reference}; replayed as an empty file");
                    contents = [];
                }

                Copy.WriteLog(GraceId, entry.Comment, entry.FileVersion is null ? null : entry.FileName, contents, entry.TagNames, entry.Issuer);
                EntriesReplayed++;
                break;
        }
    }

    /// <summary>The <c>new</c> alert, to each of the event's nodes, describing the event as it was created.</summary>
    private void PublishNew()
    {
        GraceEvent e = _plan.EventAtCreation;
        string serviceUrl = Copy.Options.ServiceUrl;
        LogEntry? upload = _plan.Steps.Select(s => s.Entry).FirstOrDefault(l => l?.FileReference is not null);
        string fileUrl = upload is null ? string.Empty : $"{serviceUrl}events/{e.GraceId}/files/{upload.FileReference}";
        string json = AlertEnvelopes.NewEvent(Copy.Dialect, e.GraceId.ToString(), GraceDbJson.Event(e, serviceUrl), fileUrl).ToJsonString();
        foreach (string node in AlertNodes.For(e.Group, e.Pipeline, e.Search))
        {
            Copy.PublishRaw(node, json);
        }
    }

    /// <summary>The server's vocabulary plus every label the source uses, so a real event's labels are never refused.</summary>
    private static GraceDbCatalog CatalogFor(ReplayPlan plan)
    {
        GraceDbCatalog catalog = GraceDbCatalog.Default;
        IEnumerable<string> used = plan.Steps.Where(s => s.Label is not null).Select(s => s.Label!).Concat(plan.InitialLabels.Select(l => l.Name));
        return catalog with { Labels = catalog.Labels.Concat(used).Distinct(StringComparer.Ordinal).ToList() };
    }

    private static string Describe(ReplayStep step) => step.N is { } n
        ? string.Create(CultureInfo.InvariantCulture, $"N={n}")
        : $"label {step.Label}";
}

using System.IO.Abstractions.TestingHelpers;
using LvalertTest.Core.Alerts;
using LvalertTest.Core.Events;
using LvalertTest.Core.GraceDb;
using LvalertTest.FakeGraceDb;
using LvalertTest.Replay.Running;
using LvalertTest.Simulation.Kernel;
using LvalertTest.Supervisor.EventSupervisor;

namespace LvalertTest.Replay.Tests.Support;

/// <summary>
/// Plays a recipe into a fresh in-memory fake GraceDb on the kernel's clock: the writes at
/// <see cref="WorkPriority.World"/>, the alerts they publish delivered through the kernel after them, to a live
/// supervisor when one is given. This is the "original run" whose store a replay must reproduce.
/// </summary>
internal sealed class RecipeRunner : IDueWork, IDisposable
{
    public const string Root = "/store";
    private readonly FollowUpRecipe _recipe;
    private GraceId _id;

    public RecipeRunner(FollowUpRecipe recipe, EsConfig? supervisorConfig = null)
    {
        _recipe = recipe;
        Kernel = new SimulationKernel(recipe.Created);
        Store = FileSystemGraceDb.Open(FileSystem, Root, new FakeGraceDbOptions { TimeProvider = Kernel.Clock, Dialect = AlertDialect.Legacy });
        Alerts = new AlertDelivery(Kernel);
        Store.Subscribe(Alerts);
        if (supervisorConfig is not null)
        {
            Supervisor = new SupervisorUnderTest(Store, supervisorConfig, Kernel.Clock);
            Alerts.Listener = Supervisor.Receive;
        }

        // GraceIDs are numbered after the highest stored number: an event stored just below gives the recipe's event
        // its public GraceID. That placeholder is not part of the saved store.
        if (recipe.Number > 1)
        {
            Store.Import(new GraceEvent
            {
                GraceId = GraceId.Create('T', recipe.Number - 1),
                Group = "Test",
                Pipeline = "HardwareInjection",
                Submitter = "placeholder",
                Created = recipe.Created.AddDays(-1),
            }, [], []);
        }
    }

    public MockFileSystem FileSystem { get; } = new();

    public SimulationKernel Kernel { get; }

    public FileSystemGraceDb Store { get; }

    public AlertDelivery Alerts { get; }

    public SupervisorUnderTest? Supervisor { get; }

    public GraceId Placeholder => GraceId.Create('T', _recipe.Number - 1);

    /// <summary>Runs the recipe and then the clock until nothing is left (every pending check has run).</summary>
    public GraceId Run()
    {
        Kernel.Enqueue(_recipe.Created, this, -1, WorkPriority.World);
        for (int i = 0; i < _recipe.Writes.Count; i++)
        {
            Kernel.Enqueue(_recipe.Created + TimeSpan.FromSeconds(_recipe.Writes[i].Seconds), this, i, WorkPriority.World);
        }

        Kernel.RunUntilIdle();
        return _id;
    }

    public void RunDue(long argument)
    {
        if (argument < 0)
        {
            _id = Store.CreateEvent(_recipe.Group, _recipe.Pipeline, _recipe.Search, _recipe.UploadName, _recipe.Upload).GraceId;
            if (_id != _recipe.GraceId)
            {
                throw new InvalidOperationException($"the store gave {_id}, not {_recipe.GraceId}");
            }

            return;
        }

        _recipe.Writes[checked((int)argument)].Write(Store, _id);
    }

    public void Dispose()
    {
        Supervisor?.Dispose();
        Store.Dispose();
    }
}

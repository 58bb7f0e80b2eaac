using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;
using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Runner;

/// <summary>A run about to be stored: its row and the records of the steps it ran ahead at its start.</summary>
public sealed record NewRun(ExecutionEntity Execution, IReadOnlyList<StepRecord> Steps)
{
    public void AddTo(AppDbContext db)
    {
        ExecutionStarter.Queue(db, Execution);
        DbExecutionJournal.AddSteps(db, Steps);
    }
}

using System.Text.Json.Nodes;
using Workflows.Engine.Model;
using Workflows.Engine.Templating;

namespace Workflows.Engine.Runtime.Steps;

/// <summary>
/// The first visit reads <c>config.items</c> and starts at item 0; each return from the body moves to
/// the next item. <c>next</c> runs the body for the current item; <c>done</c> leaves once all are processed.
/// </summary>
public sealed class LoopStepExecutor : IStepExecutor
{
    public string StepType => StepTypes.Loop;

    public ValueTask<StepOutcome> ExecuteAsync(StepContext context, CancellationToken cancellationToken)
    {
        var state = context.State;
        var slug = context.Step.Slug;
        var frame = state.FindLoop(slug);
        if (frame is null)
        {
            frame = new LoopFrame { LoopSlug = slug, ItemVariable = context.Step.ConfigString("itemVariable"), Items = ReadItems(context) };
            state.Loops.Add(frame);
            context.RecordedInput = new JsonObject { ["items"] = frame.Items.DeepClone() };
        }
        else
        {
            // The body came back (possibly from a nested loop that it left early): drop inner loops, move on.
            var level = state.Loops.IndexOf(frame);
            state.Loops.RemoveRange(level + 1, state.Loops.Count - level - 1);
            frame.Index++;
            context.RecordedInput = new JsonObject { ["index"] = frame.Index };
        }

        var count = frame.Items.Count;
        if (frame.Index < count)
        {
            return ValueTask.FromResult(StepOutcome.Continue(Ports.Next, new JsonObject
            {
                ["index"] = frame.Index,
                ["count"] = count,
                ["item"] = frame.CurrentItem?.DeepClone(),
            }));
        }
        state.Loops.Remove(frame);
        return ValueTask.FromResult(StepOutcome.Continue(Ports.Done, new JsonObject { ["count"] = count }));
    }

    private static JsonArray ReadItems(StepContext context)
    {
        var raw = context.Step.Config["items"];
        var items = context.RenderConfig("items");
        return items switch
        {
            JsonArray array => array,
            null => throw new StepFailedException($"The loop's items ({JsonText.ToText(raw)}) are empty; it needs a list."),
            _ => throw new StepFailedException(
                $"The loop's items ({JsonText.ToText(raw)}) are {items.GetValueKind().ToString().ToLowerInvariant()}, not a list."),
        };
    }
}

using System.Text.Json.Nodes;
using Workflows.Blazor.Knowledge;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;
using static Workflows.Engine.Model.DataField;

namespace Workflows.Blazor.Actions.Knowledge;

/// <summary>Searches the knowledge base, best passages first (the tool LLM steps use to answer from your own texts).</summary>
public sealed class SearchKnowledgeAction(KnowledgeBase knowledge) : IActionHandler
{
    public ActionDeclaration Declaration { get; } = new("rag.search", "Documents and knowledge", "Searches the knowledge base for passages about a question.",
        [
            ActionParameter.Mandatory("query", ParameterType.String, "what to look for"),
            ActionParameter.Optional("limit", ParameterType.Number, "how many passages at most (default 5, up to 50)"),
        ])
    {
        Effect = Effect.ReadsData,
        Label = "Search knowledge base",
        Synonyms = ["knowledge", "faq", "rag", "find answer"],
        Outputs = [List("results", "Passages found", [Text("sourceId", "Source ID", "kb_4"), Text("title", "Title", "Returns policy"), Text("text", "Passage", "Items can be returned within 30 days."), Number("score", "Relevance", "0.82")])],
        Aliases = ["knowledge_search", "rag_search", "knowledge.search"],
    };

    public async Task<ActionResult> ExecuteAsync(ActionInvocation invocation, CancellationToken cancellationToken)
    {
        var hits = await knowledge.SearchAsync(invocation.RequireString("query"), invocation.GetInt("limit", 5, 1, 50), cancellationToken);
        return new ActionResult(new JsonObject
        {
            ["results"] = new JsonArray(hits.Select(h => (JsonNode)new JsonObject
            {
                ["sourceId"] = h.SourceId,
                ["title"] = h.Title,
                ["text"] = h.Text,
                ["score"] = Math.Round(-h.Rank, 4),
            }).ToArray()),
        });
    }
}

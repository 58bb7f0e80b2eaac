using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Actions;

public sealed class UploadAllWorkflowsActionTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("wf-upload-");
    private readonly DirectoryInfo _folder;
    private readonly AppFactory _app;

    public UploadAllWorkflowsActionTests()
    {
        _folder = _root.CreateSubdirectory("uploads");
        _app = new AppFactory().WithSetting("Workflows:UploadFolder", _folder.FullName);
    }

    [Fact]
    public async Task UploadAll_ImportsEachWorkflowFileAsADraft_AndRefusesTheOthersSayingWhy()
    {
        Write("a-greeting.json", TestWorkflows.Greeting());
        Write("b-broken.json", """{ "name": "Broken", "steps": [ """);
        Write("c-not-a-workflow.json", """{ "title": "Shopping list" }""");
        Write("notes.txt", "not JSON at all");

        var output = await _app.OutputOfAsync("workflow.upload_all_workflows", []);

        Assert.Equal((1, 2), (output["imported"]!.GetValue<int>(), output["refused"]!.GetValue<int>()));
        var files = output["files"]!.AsArray().Select(f => f!.AsObject()).ToList();
        Assert.Equal(["a-greeting.json", "b-broken.json", "c-not-a-workflow.json"], files.Select(f => f["file"]!.GetValue<string>()));
        Assert.Equal("imported", files[0]["status"]!.GetValue<string>());
        Assert.Contains("not valid JSON", files[1]["reason"]!.GetValue<string>());
        Assert.Equal("refused", files[2]["status"]!.GetValue<string>());
        var workflowId = files[0]["workflowId"]!.GetValue<string>();
        var stored = await _app.QueryAsync(db => db.Workflows.AsNoTracking().Include(w => w.Versions).SingleAsync(w => w.Id == workflowId));
        Assert.Equal(("Greeting", false), (stored.Name, stored.IsActive));
        Assert.Empty(stored.Versions);
    }

    [Fact]
    public async Task UploadAll_RefusesAFileThatLinksOutsideTheFolder()
    {
        var outside = Path.Combine(_root.FullName, "outside.json");
        File.WriteAllText(outside, TestWorkflows.Greeting());
        File.CreateSymbolicLink(Path.Combine(_folder.FullName, "sneaky.json"), outside);

        var output = await _app.OutputOfAsync("workflow.upload_all_workflows", []);

        var file = Assert.Single(output["files"]!.AsArray())!;
        Assert.Equal("refused", file["status"]!.GetValue<string>());
        Assert.Contains("outside the upload folder", file["reason"]!.GetValue<string>());
        Assert.Empty(await _app.QueryAsync(db => db.Workflows.AsNoTracking().ToListAsync()));
    }

    [Fact]
    public async Task UploadAll_Fails_WhenNoFolderIsConfigured()
    {
        using var app = new AppFactory();

        var error = await app.ErrorOfAsync("workflow.upload_all_workflows", []);

        Assert.Contains("Workflows:UploadFolder", error);
    }

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(_folder.FullName, name), text);

    public void Dispose()
    {
        _app.Dispose();
        _root.Delete(recursive: true);
    }
}

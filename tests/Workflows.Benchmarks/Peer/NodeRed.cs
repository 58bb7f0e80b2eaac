using System.Diagnostics;
using System.Text;

namespace Workflows.Benchmarks.Peer;

/// <summary>
/// Node-RED 4, installed from npm into a cache folder under the temp directory (once), running the peer flow
/// <c>http in → change → switch → http response</c> in memory on a loopback port of its own.
/// </summary>
internal sealed class NodeRed : IAsyncDisposable
{
    private const string Version = "4";

    // The same shape as ours: take the order, set a field, branch on the total, answer.
    private const string Flow = """
        [
          { "id": "bench", "type": "tab", "label": "bench" },
          { "id": "order_in", "type": "http in", "z": "bench", "url": "/order", "method": "post", "wires": [["remember"]] },
          { "id": "remember", "type": "change", "z": "bench",
            "rules": [{ "t": "set", "p": "orderId", "pt": "msg", "to": "payload.orderId", "tot": "msg" }], "wires": [["is_big"]] },
          { "id": "is_big", "type": "switch", "z": "bench", "property": "payload.total", "propertyType": "msg",
            "rules": [{ "t": "gt", "v": "100", "vt": "num" }, { "t": "else" }], "checkall": "false", "outputs": 2,
            "wires": [["answer"], ["answer"]] },
          { "id": "answer", "type": "http response", "z": "bench", "statusCode": "200", "wires": [] }
        ]
        """;

    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private NodeRed(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public string InstalledVersion { get; private init; } = "";

    public static async Task<NodeRed> StartAsync()
    {
        var install = Path.Combine(Path.GetTempPath(), $"workflows-bench-node-red-{Version}");
        var redJs = Path.Combine(install, "node_modules", "node-red", "red.js");
        if (!File.Exists(redJs))
        {
            Console.WriteLine($"installing node-red@{Version} from npm into {install}");
            await RunToEndAsync("npm", "install", "--prefix", install, $"node-red@{Version}", "--no-audit", "--no-fund", "--loglevel=error");
        }
        var userDir = Directory.CreateTempSubdirectory("workflows-bench-node-red-user-").FullName;
        var flows = Path.Combine(userDir, "flows.json");
        await File.WriteAllTextAsync(flows, Flow);
        var port = LoopbackPort.Free();
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { redJs, "--userDir", userDir, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), flows })
        {
            start.ArgumentList.Add(argument);
        }
        var nodeRed = new NodeRed(Process.Start(start)!, new Uri($"http://127.0.0.1:{port}"))
        {
            InstalledVersion = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(install, "node_modules", "node-red", "package.json")))
                .RootElement.GetProperty("version").GetString()!,
        };
        nodeRed._process.OutputDataReceived += (_, line) => nodeRed.Remember(line.Data);
        nodeRed._process.ErrorDataReceived += (_, line) => nodeRed.Remember(line.Data);
        nodeRed._process.BeginOutputReadLine();
        nodeRed._process.BeginErrorReadLine();
        await nodeRed.WaitUntilAnsweringAsync();
        return nodeRed;
    }

    private void Remember(string? line)
    {
        lock (_log)
        {
            _log.AppendLine(line);
        }
    }

    private async Task WaitUntilAnsweringAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseAddress };
        await Poll.UntilAsync(
            async () =>
            {
                try
                {
                    using var response = await client.PostAsync("/order", new StringContent("""{"orderId":"o0","total":1}""", Encoding.UTF8, "application/json"));
                    return response.IsSuccessStatusCode;
                }
                catch (HttpRequestException)
                {
                    return _process.HasExited ? throw new InvalidOperationException($"Node-RED stopped:\n{_log}") : false;
                }
            },
            answered => answered,
            _ => $"Node-RED did not answer on {BaseAddress}:\n{_log}",
            TimeSpan.FromSeconds(60),
            TimeSpan.FromMilliseconds(200));
    }

    private static async Task RunToEndAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}):\n{await output}{await error}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}

using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/Workflows.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

using System.Text;
using Triangulate.Cli;

// WebApplicationFactory (the HTTP tests) starts this entry point with host settings only
// (--applicationName=..., --environment=...) and captures the web host it builds; no person types those.
if (Server.IsLaunchedByHostFactory(args))
{
    Server.Build(args).Run();
    return 0;
}

// The JSON contract is UTF-8 without a byte-order mark whatever the locale says.
Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return Cli.Run(args, Console.Out, Console.Error, stdoutIsTerminal: !Console.IsOutputRedirected);

/// <summary>Public so that the HTTP tests can use <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;

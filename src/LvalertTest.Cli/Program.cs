using LvalertTest.Cli;

return LvalertTestCli.Run(args, Console.Out, Console.Error, Console.In, CancellationToken.None);

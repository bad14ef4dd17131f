using Evroute;

return await EvrouteCli.RunAsync(args, new CommandIo(Console.In, Console.Out, Console.Error)).ConfigureAwait(false);

namespace Evroute.Local;

/// <summary>Where <c>evroute local</c> finds the checkout and keeps its run files (<c>.local/local/</c>, git-ignored).</summary>
internal sealed record LocalPaths(string RepositoryRoot)
{
    public string StateDirectory => Path.Combine(RepositoryRoot, ".local", "local");

    /// <summary>Queue URLs and ports of the running <c>local up</c>.</summary>
    public string StateFile => Path.Combine(StateDirectory, "state.json");

    /// <summary>The journey journal <c>local up</c> writes and <c>local watch</c> tails.</summary>
    public string JournalFile => Path.Combine(StateDirectory, "journal.jsonl");

    /// <summary>Diagnostics of the functions and pumps.</summary>
    public string LogFile => Path.Combine(StateDirectory, "local.log");

    public string DefaultRoutes => Path.Combine(RepositoryRoot, "routes.json");

    public string ExamplesDirectory => Path.Combine(RepositoryRoot, "examples", "events");

    /// <summary>
    /// The checkout: <paramref name="given"/>, else the nearest directory above the working directory (then above the
    /// tool's own files) that holds <c>scripts/emulators.sh</c>.
    /// </summary>
    public static LocalPaths Find(string? given)
    {
        if (given is not null)
        {
            return new LocalPaths(Path.GetFullPath(given));
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "scripts", "emulators.sh")))
                {
                    return new LocalPaths(dir.FullName);
                }
            }
        }

        return new LocalPaths(Directory.GetCurrentDirectory());
    }
}

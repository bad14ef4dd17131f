using System.Runtime.CompilerServices;

// The verbs are internal (an executable exports nothing); the tests drive them directly.
[assembly: InternalsVisibleTo("Evroute.Tests")]

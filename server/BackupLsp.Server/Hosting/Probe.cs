namespace BackupLsp.Server.Hosting;
public static class Probe
{
    private static readonly System.Diagnostics.Stopwatch Clock = System.Diagnostics.Stopwatch.StartNew();
    private static readonly object Gate = new();
    public static void Mark(string what) { lock (Gate) File.AppendAllText("/tmp/srv.log", $"{Clock.Elapsed.TotalMilliseconds,10:F2} [{Environment.CurrentManagedThreadId}] {what} gc0={GC.CollectionCount(0)} gc1={GC.CollectionCount(1)} gc2={GC.CollectionCount(2)} pause={GC.GetTotalPauseDuration().TotalMilliseconds:F1} rss={Environment.WorkingSet/1e6:F1} heap={GC.GetGCMemoryInfo().HeapSizeBytes/1e6:F1} committed={GC.GetGCMemoryInfo().TotalCommittedBytes/1e6:F1}\n"); }
}

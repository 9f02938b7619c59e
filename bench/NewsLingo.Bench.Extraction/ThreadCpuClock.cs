using System.Runtime.InteropServices;

namespace NewsLingo.Bench.Extraction;

/// <summary>
/// CPU time of the calling thread (Linux CLOCK_THREAD_CPUTIME_ID): on a 2-core machine shared with
/// other builds, wall time per page says more about the neighbours than the reader; both are printed.
/// </summary>
internal static partial class ThreadCpuClock
{
    private const int ClockThreadCpuTimeId = 3;

    public static bool IsAvailable { get; } = OperatingSystem.IsLinux();

    public static double Milliseconds()
    {
        if (!IsAvailable)
        {
            return 0;
        }

        ClockGetTime(ClockThreadCpuTimeId, out var time);
        return (time.Seconds * 1000.0) + (time.Nanoseconds / 1_000_000.0);
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}

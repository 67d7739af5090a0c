using System.ComponentModel;
using System.Diagnostics;

namespace BackupLsp.Server.Hosting;

/// <summary>
/// Watches the client's process, whose id <c>initialize</c> gives: LSP asks a server to exit once that process is gone,
/// which a client that dies without closing the server's input (its pipe inherited by a process it started, say) would
/// otherwise leave running. An id that names no process at initialize is not watched, as a client in another process
/// namespace (some containers) sends one this server cannot see: exiting at once would end every session there.
/// </summary>
public sealed class ClientProcessWatch : IDisposable
{
    private readonly int _processId;
    private readonly Action _gone;
    private readonly Timer _timer;
    private int _reported;

    private ClientProcessWatch(int processId, TimeSpan interval, Action gone)
    {
        (_processId, _gone) = (processId, gone);
        _timer = new Timer(_ => Check(), null, interval, interval);
    }

    /// <summary>Starts watching, or returns null when there is no id or no such process; <paramref name="gone"/> runs once.</summary>
    public static ClientProcessWatch? Start(int? processId, TimeSpan interval, Action gone, ServerLog log)
    {
        if (processId is not { } id)
            return null;
        if (!IsRunning(id))
        {
            log.Warning($"the client's process {id} is not visible here: the server does not watch it");
            return null;
        }
        return new ClientProcessWatch(id, interval, gone);
    }

    private void Check()
    {
        if (!IsRunning(_processId) && Interlocked.Exchange(ref _reported, 1) == 0)
            _gone();
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
        catch (Win32Exception)
        {
            // There, but not ours to inspect.
            return true;
        }
    }

    public void Dispose() => _timer.Dispose();
}

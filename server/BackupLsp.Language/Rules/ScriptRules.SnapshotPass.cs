using System.Collections.Immutable;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Catalog;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Rules;

internal static partial class ScriptRules
{
    /// <summary>
    /// One pass of <see cref="Snapshots"/>: the script's snapshot changes in document order, each RESTORE's or DROP
    /// SNAPSHOT's unknown snapshot told where it stands among them, and what each leaves of the snapshots taken.
    /// </summary>
    private sealed class SnapshotPass
    {
        private readonly IReadOnlyList<(int Offset, ImmutableArray<Diagnostic> Conditional, ImmutableArray<SnapshotChange> Changes)> _runs;
        private readonly StarRocksCatalog? _catalog;
        private readonly StarRocksVersion? _version;
        private readonly HashSet<int> _refused;
        private readonly List<(int Use, int Take)> _restoresOfTakes;
        private readonly List<Diagnostic> _problems;
        private readonly HashSet<SnapshotKey>? _follow;

        private readonly HashSet<SnapshotKey> _taken;

        /// <summary>
        /// Where the BACKUPs take the snapshots a RESTORE or DROP SNAPSHOT names that the catalog does not list, and those a
        /// lookup may find under another repository's name: kept for those alone (most scripts have none), so that the set
        /// of every snapshot taken stays small enough for the collector's young generation on each keystroke.
        /// </summary>
        private readonly Dictionary<SnapshotKey, TextSpan>? _takenAt;

        private readonly Dictionary<string, HashSet<string>>? _takersAt;

        /// <summary>
        /// The names in use in each repository's folder (the catalog's and every one the script takes, in any case), once
        /// one is reported: a script may repeat a name thousands of times.
        /// </summary>
        private readonly Dictionary<(string, string?), HashSet<string>> _inUse = [];

        private HashSet<SnapshotKey>? _takenAgain;

        /// <summary>Where the BACKUP that took each followed snapshot names it.</summary>
        private readonly Dictionary<SnapshotKey, TextSpan>? _takers;

        /// <summary>The snapshot the last BACKUP of each slot takes since a CANCEL BACKUP there: the job such a CANCEL stops.</summary>
        private Dictionary<JobSlot, SnapshotKey>? _running;

        /// <summary>The snapshots of jobs a CANCEL BACKUP may have stopped: whether the repository holds them is not known.</summary>
        private HashSet<SnapshotKey>? _stopped;

        /// <summary>Where the last CREATE REPOSITORY that made each repository again at its old location names it.</summary>
        private Dictionary<string, TextSpan>? _madeAgainAt;

        /// <param name="follow">The snapshots whose diagnostics link to the BACKUP that took them; none in a first pass.</param>
        public SnapshotPass(IReadOnlyList<(int Offset, ImmutableArray<Diagnostic> Conditional, ImmutableArray<SnapshotChange> Changes)> runs,
            StarRocksCatalog? catalog, StarRocksVersion? version, HashSet<int> refused, List<(int Use, int Take)> restoresOfTakes,
            List<Diagnostic> problems, HashSet<SnapshotKey>? follow)
        {
            (_runs, _catalog, _version, _refused, _restoresOfTakes, _problems, _follow) = (runs, catalog, version, refused, restoresOfTakes, problems, follow);
            // Sized once: on every edit this goes through every BACKUP of the script.
            var takes = 0;
            foreach (var run in runs)
                takes += run.Changes.Length;
            _taken = new HashSet<SnapshotKey>(takes);
            _takersAt = TakersAtLookedUpLocations(runs);
            _takenAt = TakesToPlace(runs, _takersAt);
            _takers = follow is null ? null : new(follow.Count);
        }

        /// <summary>Runs the pass, its diagnostics added to the problems; in a first pass, the snapshots a BACKUP takes again, if any.</summary>
        public HashSet<SnapshotKey>? Run()
        {
            foreach (var (offset, conditional, changes) in _runs)
            {
                var next = 0;
                foreach (var diagnostic in conditional)
                {
                    for (; next < changes.Length && changes[next].Name.Start < diagnostic.Span.Start; next++)
                        Check(changes[next], offset);
                    CheckUnknown(diagnostic, offset);
                }
                for (; next < changes.Length; next++)
                    Check(changes[next], offset);
            }
            return _follow is null ? _takenAgain : null;
        }

        /// <summary>The snapshots whose taking BACKUPs <see cref="_takenAt"/> keeps the place of; null for none.</summary>
        private static Dictionary<SnapshotKey, TextSpan>? TakesToPlace(
            IReadOnlyList<(int Offset, ImmutableArray<Diagnostic> Conditional, ImmutableArray<SnapshotChange> Changes)> runs,
            Dictionary<string, HashSet<string>>? takersAt)
        {
            Dictionary<SnapshotKey, TextSpan>? takenAt = null;
            foreach (var run in runs)
                foreach (var diagnostic in run.Conditional)
                    (takenAt ??= [])[diagnostic.UnlessTakenEarlier!] = default;
            if (takersAt is not null)
                foreach (var run in runs)
                    foreach (var change in run.Changes)
                        if (change.Lookup is not null)
                            foreach (var elsewhere in Elsewhere(change.Snapshot!, takersAt))
                                (takenAt ??= [])[elsewhere] = default;
            return takenAt;
        }

        /// <summary>
        /// A RESTORE's or DROP SNAPSHOT's unknown snapshot: taken by a BACKUP before it (or stopped by a CANCEL, so not
        /// known to be missing), it reads that one's; otherwise StarRocks refuses it.
        /// </summary>
        private void CheckUnknown(Diagnostic diagnostic, int offset)
        {
            var snapshot = diagnostic.UnlessTakenEarlier!;
            if (_taken.Contains(snapshot) || _stopped?.Contains(snapshot) == true)
                _restoresOfTakes.Add((diagnostic.Span.Start + offset, _takenAt![snapshot].Start));
            else
            {
                _refused.Add(diagnostic.Span.Start + offset);
                _problems.Add(diagnostic.Shift(offset));
            }
        }

        /// <summary>One change, told by what it is: a repository made again, a lookup, a CANCEL BACKUP, a DROP SNAPSHOT or a BACKUP.</summary>
        private void Check(SnapshotChange change, int offset)
        {
            if (change.FindsAgain is { } recreated)
                (_madeAgainAt ??= [])[recreated] = change.Name.Shift(offset);
            else if (change.Lookup is { } lookup)
                CheckLookup(change, lookup, offset);
            else if (change.Snapshot is not { } snapshot)
                Cancel(change.Slot);
            else if (change.Drops)
                Drop(snapshot);
            else
                Take(change, snapshot, offset);
        }

        private void CheckLookup(SnapshotChange change, SnapshotLookup lookup, int offset)
        {
            if (!_taken.Contains(change.Snapshot!) && _stopped?.Contains(change.Snapshot!) != true
                && SnapshotElsewhere(change, lookup, offset, _taken, _takersAt, _takenAt, _version) is { } elsewhere)
                _problems.Add(elsewhere);
        }

        /// <summary>A CANCEL BACKUP: the snapshot of the job it stops is neither taken nor free.</summary>
        private void Cancel(JobSlot slot)
        {
            if (_running is not null && _running.Remove(slot, out var cancelled) && _taken.Remove(cancelled))
                (_stopped ??= []).Add(cancelled);
        }

        private void Drop(SnapshotKey snapshot)
        {
            _taken.Remove(snapshot);
            _stopped?.Remove(snapshot);
        }

        /// <summary>A BACKUP: it takes its snapshot, where the repository holds none of that name and no BACKUP before it took it.</summary>
        private void Take(SnapshotChange change, SnapshotKey snapshot, int offset)
        {
            // A BACKUP StarRocks refuses takes nothing, but a name taken before it is still wrong there.
            var takenBefore = change.Refused ? _taken.Contains(snapshot) : !_taken.Add(snapshot);
            if (!change.Refused && !takenBefore)
                Taken(change, snapshot, offset);
            if (change.Held || takenBefore)
                ReportTake(change, snapshot, offset);
        }

        /// <summary>Keeps what is followed of a snapshot a BACKUP takes: where it is named, and the job that runs on it.</summary>
        private void Taken(SnapshotChange change, SnapshotKey snapshot, int offset)
        {
            _stopped?.Remove(snapshot);
            if (_takenAt is not null && _takenAt.ContainsKey(snapshot))
                _takenAt[snapshot] = change.Name.Shift(offset);
            if (_takers is not null && _follow!.Contains(snapshot))
                _takers[snapshot] = change.Name.Shift(offset);
            if (!change.Held)
                (_running ??= [])[change.Slot] = snapshot;
        }

        /// <summary>A BACKUP of a snapshot the repository holds, or one a BACKUP before it took, which StarRocks refuses.</summary>
        private void ReportTake(SnapshotChange change, SnapshotKey snapshot, int offset)
        {
            _refused.Add(change.Name.Start + offset);
            var problem = TakeProblem(change, offset, change.Held, NamesInUse(snapshot), _version);
            if (change.HeldAgain && _madeAgainAt?.GetValueOrDefault(snapshot.Repository) is { Length: > 0 } creation)
                problem = problem with { Related = [new RelatedSpan(creation, $"The CREATE REPOSITORY that makes repository {MessageNames.Repository(snapshot.Repository)} again where its snapshots are")] };
            if (!change.Held)
            {
                (_takenAgain ??= []).Add(snapshot);
                if (_takers is not null)
                    problem = problem with { Related = [TakingBackup(_takers[snapshot], snapshot.Snapshot, snapshot.Repository)] };
            }
            _problems.Add(problem);
        }

        private HashSet<string> NamesInUse(SnapshotKey key)
        {
            if (_inUse.TryGetValue((key.Repository, key.Location), out var names))
                return names;
            var listed = _catalog?.FindRepository(key.Repository) is { } repository && RepositoryLocation.Normalized(repository.Location) == key.Location
                ? repository.Snapshots ?? [] : [];
            names = new HashSet<string>(listed.Select(s => s.Name), StringComparer.OrdinalIgnoreCase);
            foreach (var run in _runs)
                foreach (var change in run.Changes)
                    if (change is { Snapshot: { } taken, Drops: false, Lookup: null } && taken.Repository == key.Repository && taken.Location == key.Location)
                        names.Add(taken.Snapshot);
            return _inUse[(key.Repository, key.Location)] = names;
        }
    }
}

using System.Collections.Immutable;
using BackupLsp.Language.Syntax;

namespace BackupLsp.Language.Analysis;

internal readonly partial record struct SessionEffect
{
    /// <summary>How many tokens a REPLACE or a batch DROP is read in: their lists may hold a score of partitions each.</summary>
    private const int MaxListTokens = 256;

    /// <summary>
    /// <c>DROP [TEMPORARY] PARTITION [IF EXISTS] p [FORCE]</c> or <c>DROP [TEMPORARY] PARTITIONS [IF EXISTS] (p1, p2) [FORCE]</c>
    /// at <paramref name="at"/> (AlterTableClause's dropPartitionClause). Null for the other forms (by ranges, by WHERE,
    /// <c>ALL TEMPORARY</c>, a list without its parentheses), and for a batch with a bare name some release reserves, whose
    /// change is then left unknown (a clause StarRocks' grammar refuses is refused first: <see cref="PartitionClauseEndsStatement"/>). One
    /// partition is read among the statement's first words, where a name the configured release reserves refuses the ALTER
    /// (see <see cref="ReservedName"/>). <paramref name="places"/> tells where each partition it drops is written.
    /// </summary>
    private static PartitionDrop? PartitionsDropped(ReadOnlySpan<char> statement, ref Words words, int at,
        out ImmutableArray<(string Name, WrittenName Written)> places)
    {
        places = [];
        if (!words.Is(at, "DROP"))
            return null;
        var temporary = words.Is(at + 1, "TEMPORARY");
        var partition = temporary ? at + 2 : at + 1;
        var batch = words.Is(partition, "PARTITIONS");
        if (!batch && !words.Is(partition, "PARTITION"))
            return null;
        var ifExists = words.Is(partition + 1, "IF") && words.Is(partition + 2, "EXISTS");
        var namesAt = ifExists ? partition + 3 : partition + 1;
        if (!batch)
        {
            if (words.NameAt(namesAt) is not { } single)
                return null;
            places = [(single, words.Written(namesAt))];
            return new PartitionDrop([single], temporary, ifExists, batch: false);
        }
        var list = new Words(statement, stackalloc (TokenKind, int, int)[MaxListTokens]);
        var written = ImmutableArray.CreateBuilder<(string, WrittenName)>();
        if (NameList(ref list, namesAt, written) is not var (names, _) || list.ReadReservedInSome)
            return null;
        places = written.DrainToImmutable();
        return new PartitionDrop(names, temporary, ifExists, batch: true);
    }

    /// <summary>
    /// <c>REPLACE PARTITION (p1, p2) WITH TEMPORARY PARTITION (tp1, tp2) [PROPERTIES (...)]</c> at <paramref name="at"/>
    /// (AlterTableClause's replacePartitionClause). Null for any other form, or one StarRocks refuses, whose change is
    /// then left unknown: a temporary first list or a regular second ("Only support replace partitions with temp
    /// partitions"), a list by values, an empty name, a bare name some release reserves, a property other than <c>strict_range</c> and
    /// <c>use_temp_partition_name</c> ("Unknown properties"). With it, where each list writes its names.
    /// </summary>
    private static (PartitionReplacement, ImmutableArray<(string, WrittenName)> Replaced, ImmutableArray<(string, WrittenName)> Temporaries)?
        ReadReplacement(ReadOnlySpan<char> statement, int at)
    {
        var words = new Words(statement, stackalloc (TokenKind, int, int)[MaxListTokens]);
        var replacedPlaces = ImmutableArray.CreateBuilder<(string, WrittenName)>();
        var temporaryPlaces = ImmutableArray.CreateBuilder<(string, WrittenName)>();
        if (!words.Is(at, "REPLACE") || PartitionNames(ref words, at + 1, temporary: false, replacedPlaces) is not var (replaced, with)
            || !words.Is(with, "WITH") || PartitionNames(ref words, with + 1, temporary: true, temporaryPlaces) is not var (temporaries, next))
            return null;
        var useTemporaryNames = false;
        if (words.Is(next, "PROPERTIES"))
        {
            if (!words.IsToken(next + 1, TokenKind.LParen))
                return null;
            for (next += 2; ; next += 4)
            {
                if (words.StringAt(next) is not { } key || !words.IsToken(next + 1, TokenKind.Equals) || words.StringAt(next + 2) is not { } value)
                    return null;
                // PropertyAnalyzer.analyzeBooleanProp: the key as written, the value by Java's Boolean.parseBoolean.
                if (key == "use_temp_partition_name")
                    useTemporaryNames = value.Equals("true", StringComparison.OrdinalIgnoreCase);
                else if (key != "strict_range")
                    return null;
                if (words.IsToken(next + 3, TokenKind.RParen))
                    break;
                if (!words.IsToken(next + 3, TokenKind.Comma))
                    return null;
            }
            next += 4;
        }
        // A partition named by a bare word some release reserves fails the ALTER there: what it changes is left unknown.
        if (words.ReadReservedInSome)
            return null;
        return (new PartitionReplacement(replaced, temporaries, !useTemporaryNames && replaced.Length == temporaries.Length),
            replacedPlaces.DrainToImmutable(), temporaryPlaces.DrainToImmutable());
    }

    /// <summary>
    /// <c>[TEMPORARY] PARTITION[S] (p1, p2)</c> or <c>[TEMPORARY] PARTITION[S] p</c> at <paramref name="at"/>, temporary or
    /// not as asked (partitionNames, whose names may be strings: AstBuilder takes a string's text for the name): the names
    /// and the index after them, and into <paramref name="places"/> where each is written.
    /// </summary>
    private static (ImmutableArray<string> Names, int Next)? PartitionNames(ref Words words, int at, bool temporary,
        ImmutableArray<(string, WrittenName)>.Builder places)
    {
        if (words.Is(at, "TEMPORARY") != temporary)
            return null;
        var partition = temporary ? at + 1 : at;
        if (!words.Is(partition, "PARTITION") && !words.Is(partition, "PARTITIONS"))
            return null;
        if (words.IsToken(partition + 1, TokenKind.LParen))
            return NameList(ref words, partition + 1, places, strings: true);
        if (words.PartitionNameAt(partition + 1) is not { Length: > 0 } single)
            return null;
        places.Add((single, words.WrittenPartition(partition + 1)));
        return ([single], partition + 2);
    }

    /// <summary>
    /// <c>(a, b, c)</c> at <paramref name="at"/>, with <paramref name="strings"/> also <c>('a', "b")</c>: the names and the
    /// index after the list, and into <paramref name="places"/> where each is written.
    /// </summary>
    private static (ImmutableArray<string> Names, int Next)? NameList(ref Words words, int at,
        ImmutableArray<(string, WrittenName)>.Builder? places = null, bool strings = false)
    {
        if (!words.IsToken(at, TokenKind.LParen))
            return null;
        var names = new List<string>();
        for (var next = at + 1; ; next += 2)
        {
            if ((strings ? words.PartitionNameAt(next) : words.NameAt(next)) is not { Length: > 0 } name)
                return null;
            names.Add(name);
            places?.Add((name, words.WrittenPartition(next)));
            if (words.IsToken(next + 1, TokenKind.RParen))
                return ([.. names], next + 2);
            if (!words.IsToken(next + 1, TokenKind.Comma))
                return null;
        }
    }
}
